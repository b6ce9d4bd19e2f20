# A bridge with STP on: ports sit in listening/learning for forward_delay before pings pass; brctl and bridge views
ip link add br0 type bridge stp_state 1 forward_delay 400
ip addr add 10.90.0.1/24 dev br0
ip link set br0 up
ip netns add c
ip link add vc type veth peer name eth0 netns c
ip link set vc master br0 up
ip -n c addr add 10.90.0.2/24 dev eth0; ip -n c link set eth0 up
sleep 0.5
bridge link show dev vc | grep -o 'state [a-z]*'
ip netns exec c ping -c 1 -W 1 10.90.0.1 | grep -o '[0-9] received'
sleep 8
bridge link show dev vc | grep -o 'state [a-z]*'
ip netns exec c ping -c 1 -W 1 10.90.0.1 | grep -o '[0-9] received'
brctl showstp br0 | grep -E '^vc|port id|state' | head -3 | sed 's/\t*$//'
ip -d link show br0 | grep -o 'forward_delay [0-9]*\|stp_state [0-9]'
cat /sys/class/net/br0/bridge/stp_state /sys/class/net/br0/bridge/forward_delay
