# Learner's pod networking mistakes: /32 address, gateway not on link, onlink, missing return route, forwarding off
ip netns add pod; ip netns add node
ip link add eth0 netns pod type veth peer name veth-pod netns node
ip -n pod addr add 10.244.5.10/32 dev eth0
ip -n pod link set eth0 up
ip -n pod route add default via 10.244.5.1
echo "rc=$?"
ip -n pod route add default via 10.244.5.1 dev eth0 onlink
ip -n pod route
ip -n node link set veth-pod up
ip -n node addr add 10.244.5.1/32 dev veth-pod
ip netns exec pod ping -c1 -W1 10.244.5.1 | tail -2 | head -1
ip -n node route add 10.244.5.10 dev veth-pod
ip netns exec pod ping -c1 -W1 10.244.5.1 | grep -o 'ttl=[0-9]*'
ip -n node link add uplink type veth peer name uplink-peer
ip -n node addr add 192.168.1.2/24 dev uplink; ip -n node link set uplink up; ip -n node link set uplink-peer up
ip -n node addr add 192.168.1.3/24 dev uplink-peer
ip netns exec pod ping -c1 -W1 192.168.1.3 | grep -o 'ttl=[0-9]*' || echo "no reply (forwarding off?)"
ip netns exec node sysctl net.ipv4.ip_forward
ip netns exec node sysctl -w net.ipv4.ip_forward=1
ip netns exec pod ping -c1 -W1 192.168.1.3 | grep -o 'ttl=[0-9]*'
ip -n pod route del default
ip netns exec pod ping -c1 -W1 192.168.1.3 2>&1
ip -n pod route add 0.0.0.0/0 via 10.244.5.1 dev eth0 onlink metric 100
ip -n pod route add default via 10.244.5.1 dev eth0 onlink metric 100; echo "dup rc=$?"
ip -n pod route replace default via 10.244.5.1 dev eth0 onlink metric 100
ip -n pod -d route show default
