# A router between two subnets with ip_forward
ip netns add h1; ip netns add r; ip netns add h2
ip link add h1-eth0 netns h1 type veth peer name r-eth0 netns r
ip link add h2-eth0 netns h2 type veth peer name r-eth1 netns r
ip -n h1 addr add 192.168.1.10/24 dev h1-eth0
ip -n r addr add 192.168.1.1/24 dev r-eth0
ip -n r addr add 192.168.2.1/24 dev r-eth1
ip -n h2 addr add 192.168.2.10/24 dev h2-eth0
for n in h1 r h2; do ip -n $n link set lo up; done
ip -n h1 link set h1-eth0 up; ip -n h2 link set h2-eth0 up
ip -n r link set r-eth0 up; ip -n r link set r-eth1 up
ip netns exec h1 ping -c 1 -W 1 192.168.2.10; echo "rc=$?"
ip -n h1 route add default via 192.168.1.1
ip netns exec h1 ping -c 1 -W 1 192.168.2.10; echo "rc=$?"
ip -n h2 route add default via 192.168.2.1
ip netns exec r sysctl net.ipv4.ip_forward
ip netns exec h1 ping -c 1 -W 1 192.168.2.10; echo "rc=$?"
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec h1 ping -c 2 -i 0.2 192.168.2.10
ip -n h1 route
ip -n r route
ip netns exec h1 ip route get 192.168.2.10
ip -n r neigh show | sort
ip netns exec r cat /proc/sys/net/ipv4/ip_forward
