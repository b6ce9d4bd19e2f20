# The config BPDUs a lone STP bridge sends, as tcpdump decodes them.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add br0 address 02:00:00:00:00:01 type bridge
ip link add a1 address 02:00:00:00:0a:01 type veth peer name b1 address 02:00:00:00:0b:01
ip link set a1 master br0
ip link set br0 type bridge stp_state 1 forward_delay 400 priority 4096
ip link set br0 up
ip link set b1 up
ip link set a1 up
tcpdump -nei b1 -c 2 stp 2>&1
tcpdump -vni b1 -c 1 stp 2>&1
sleep 6
tcpdump -vni b1 -c 1 stp 2>&1
ip -d link show br0 | grep -o 'ageing_time [0-9]*'
