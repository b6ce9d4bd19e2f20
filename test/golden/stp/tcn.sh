# A non-root bridge whose designated port starts forwarding sends a TCN on its root port; the root acks.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add br0 address 02:00:00:00:00:01 type bridge stp_state 1 forward_delay 400
ip link add br1 address 02:00:00:00:00:02 type bridge stp_state 1 forward_delay 400
ip link add a1 address 02:00:00:00:0a:01 type veth peer name b1 address 02:00:00:00:0b:01
ip link add x1 address 02:00:00:00:0c:01 type veth peer name x2 address 02:00:00:00:0c:02
ip link set a1 master br0
ip link set b1 master br1
ip link set x1 master br1
for d in br0 br1 a1 b1 x1 x2; do ip link set $d up; done
timeout 11 tcpdump -tnei a1 stp 2>/dev/null > cap.txt
grep -v 'Flags \[none\]' cap.txt | grep -v 'Flags \[Topology change\]'
grep -c '0b:01 >' cap.txt
ip -d link show br1 | grep -o 'root_port.*tcn_timer'
ip -d link show br0 | grep -o 'root_port.*topology_change_detected [0-9]*'
brctl showstp br1 | grep -A2 '^x1'
rm -f cap.txt
