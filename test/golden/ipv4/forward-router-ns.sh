ip netns add h1
ip netns add h2
ip netns add r
ip link add h1-eth0 netns h1 type veth peer name r-eth0 netns r
ip link add h2-eth0 netns h2 type veth peer name r-eth1 netns r
ip -n h1 addr add 192.168.1.10/24 dev h1-eth0
ip -n h2 addr add 192.168.2.10/24 dev h2-eth0
ip -n r addr add 192.168.1.1/24 dev r-eth0
ip -n r addr add 192.168.2.1/24 dev r-eth1
for ns in h1 h2 r; do ip -n $ns link set lo up; done
ip -n h1 link set h1-eth0 up; ip -n h2 link set h2-eth0 up
ip -n r link set r-eth0 up; ip -n r link set r-eth1 up
ip -n h1 route add default via 192.168.1.1
ip -n h2 route add default via 192.168.2.1
ip netns exec h1 ping -c 1 -W 1 192.168.2.10 | grep -E 'transmitted|Unreachable'
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec h1 ping -c 2 -i 0.2 192.168.2.10 | grep -v rtt
ip netns exec h1 traceroute -n 192.168.2.10 | sed 's/  [0-9.]* ms//g'
ip -n r -s link show r-eth1 | sed -n 1p
ip netns exec r cat /proc/sys/net/ipv4/conf/r-eth0/forwarding
ip -n r neigh show | sort
ip -n r route get 192.168.2.10 from 192.168.1.10 iif r-eth0
