# IGMPv3 reports of a bridge without IPv4 go out from 0.0.0.0 even though the host has addresses
ip link set lo up
ip netns add peer
ip link add v0 type veth peer name v1 netns peer
ip addr add 192.0.2.1/24 dev v0; ip link set v0 up
ip -n peer link set v1 up
ip link add br0 type bridge
ip link add p0 type veth peer name p1 netns peer
ip link set p0 master br0 up; ip -n peer link set p1 up
ip netns exec peer tcpdump -nn -i p1 -c 1 igmp 2>/dev/null &
sleep 1
ip link set br0 up
wait
ip addr add 198.51.100.1/24 dev br0
ip netns exec peer tcpdump -nn -i p1 -c 1 igmp 2>/dev/null &
sleep 1
ip link set br0 down; ip link set br0 up
wait
