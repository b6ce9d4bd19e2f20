# A VM-style tap on the container bridge: NO-CARRIER until something opens it, bridge link states, brctl view
ip link add virbr0 type bridge stp_state 0
ip addr add 192.168.122.1/24 dev virbr0
ip link set virbr0 up
ip tuntap add dev vnet0 mode tap
ip link set vnet0 master virbr0
ip link set vnet0 up
ip -br link show vnet0 | awk '{print $1,$2}'
ip link show vnet0 | head -1 | sed 's/^[0-9]*: //; s/qlen.*//'
bridge link show dev vnet0 | sed 's/^[0-9]*: //'
ip -br link show virbr0 | awk '{print $1,$2}'
ip route show dev virbr0
ip netns add guest
ip link add vnet1 type veth peer name eth0 netns guest
ip link set vnet1 master virbr0 up
ip -n guest addr add 192.168.122.10/24 dev eth0; ip -n guest link set eth0 up
ip -br link show virbr0 | awk '{print $1,$2}'
ip route show dev virbr0
brctl show virbr0 | awk '{print $NF}'
ip tuntap show
ip -d link show vnet0 | grep -o 'tun type [a-z]*.*' | cut -c1-40
ip tuntap del dev vnet0 mode tun; echo rc=$?
ip tuntap del dev vnet0 mode tap; echo rc=$?
bridge link | wc -l
