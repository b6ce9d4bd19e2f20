# brctl showmacs (br_fdb_fillbuf) leaves out a learned entry whose hold time has passed but which the gc has not
# collected yet: during a topology change the hold time is forward_delay (2 s) while the gc sleeps for ageing_time.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add br0 address 02:00:00:00:00:01 type bridge stp_state 1 forward_delay 200 ageing_time 30000
ip link add a1 address 02:00:00:00:0a:01 type veth peer name b1 address 02:00:00:00:0b:01
ip link set a1 master br0
ip addr add 10.0.0.2/24 dev b1
for d in br0 a1 b1; do ip link set $d up; done
sleep 5
ip -d link show br0 | grep -o 'topology_change [0-9]'
ping -c1 -W1 10.0.0.1 >/dev/null; echo rc=$?
bridge fdb show br br0 | grep -v 33:33
brctl showmacs br0
sleep 6
bridge fdb show br br0 | grep -v 33:33
brctl showmacs br0
