# A converged two-bridge loop loses its forwarding link: the blocked port takes over.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add br0 address 02:00:00:00:00:01 type bridge
ip link add br1 address 02:00:00:00:00:02 type bridge
ip link add a1 address 02:00:00:00:0a:01 type veth peer name b1 address 02:00:00:00:0b:01
ip link add a2 address 02:00:00:00:0a:02 type veth peer name b2 address 02:00:00:00:0b:02
ip link set a1 master br0; ip link set a2 master br0
ip link set b1 master br1; ip link set b2 master br1
ip link set br0 type bridge stp_state 1 forward_delay 400
ip link set br1 type bridge stp_state 1 forward_delay 400
ip addr add 10.0.0.1/24 dev br0
ip addr add 10.0.0.2/24 dev br1
ip link set br0 up; ip link set br1 up
for d in a1 a2 b1 b2; do ip link set $d up; done
sleep 10
ping -c 2 -i 0.2 10.0.0.2 | grep transmitted
ip -s link show br1 | sed -n 4p | awk '{print $2}'
ip link set a1 down
sleep 1
bridge link
ip -d link show br1 | grep -o 'root_port.*root_path_cost [0-9]*'
sleep 9
bridge link
ip -d link show br1 | grep -o 'root_port.*topology_change_detected [0-9]*'
ping -c 2 -i 0.2 10.0.0.2 | grep transmitted
