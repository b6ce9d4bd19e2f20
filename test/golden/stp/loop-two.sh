# Two STP bridges joined by two veth pairs: br0 (lower id) is root, br1 blocks its second port.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add br0 address 02:00:00:00:00:01 type bridge
ip link add br1 address 02:00:00:00:00:02 type bridge
ip link add a1 address 02:00:00:00:0a:01 type veth peer name b1 address 02:00:00:00:0b:01
ip link add a2 address 02:00:00:00:0a:02 type veth peer name b2 address 02:00:00:00:0b:02
ip link set a1 master br0
ip link set a2 master br0
ip link set b1 master br1
ip link set b2 master br1
ip link set br0 type bridge stp_state 1 forward_delay 400
ip link set br1 type bridge stp_state 1 forward_delay 400
ip link set br0 up
ip link set br1 up
for d in a1 a2 b1 b2; do ip link set $d up; done
sleep 3
bridge link
sleep 3
bridge link
sleep 4
bridge link
ip -d link show br0 | grep -o 'stp_state.*topology_change_detected [0-9]*'
ip -d link show br1 | grep -o 'ageing_time.*topology_change_detected [0-9]*'
ip -d link show b2 | grep -o 'state.*config_pending [0-9]*'
brctl showstp br1
bridge fdb show br br1 | grep -v permanent | sort
