# MTU mismatch between a container and its bridge: small pings pass, big DF pings fail, then fix the MTU
ip link add br0 type bridge; ip addr add 10.12.0.1/24 dev br0; ip link set br0 up
ip netns add c
ip link add vc type veth peer name eth0 netns c
ip link set vc master br0 up
ip -n c addr add 10.12.0.2/24 dev eth0; ip -n c link set eth0 up
ip -n c link set eth0 mtu 9000
ip link show vc | grep -o 'mtu [0-9]*'
ip -n c link show eth0 | grep -o 'mtu [0-9]*'
ip netns exec c ping -c 1 -W 1 -s 1400 10.12.0.1 | grep -o '1 received'
ip netns exec c ping -c 1 -W 1 -M do -s 3000 10.12.0.1 2>&1 | grep -E 'received|error' | sed 's/, time.*//'
ip -s link show vc | awk 'NR==4{print "vc rx dropped",$4}'
ip link set vc mtu 9000
ip link show br0 | grep -o 'mtu [0-9]*'
ip netns exec c ping -c 1 -W 1 -M do -s 3000 10.12.0.1 2>&1 | grep -o '1 received'
ip link set br0 mtu 9100; echo rc=$?
ip link set vc mtu 70000; echo rc=$?
ip -d link show vc | grep -o 'maxmtu [0-9]*'
