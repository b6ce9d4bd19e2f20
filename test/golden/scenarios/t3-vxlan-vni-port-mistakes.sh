# Two-node VXLAN: first attempt with the wrong VNI on one side and the wrong port, then fixed
ip netns add n1; ip netns add n2
ip link add eth0 netns n1 type veth peer name eth0 netns n2
ip -n n1 addr add 192.168.100.1/24 dev eth0; ip -n n2 addr add 192.168.100.2/24 dev eth0
ip -n n1 link set eth0 up; ip -n n2 link set eth0 up
for n in n1 n2; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
ip -n n1 link add vx0 type vxlan id 42 remote 192.168.100.2 dstport 4789 dev eth0
ip -n n2 link add vx0 type vxlan id 43 remote 192.168.100.1 dev eth0
ip -n n2 -d link show vx0 | grep -o 'vxlan id [0-9]*.*dstport [0-9]*'
ip -n n1 addr add 10.200.0.1/24 dev vx0; ip -n n1 link set vx0 up
ip -n n2 addr add 10.200.0.2/24 dev vx0; ip -n n2 link set vx0 up
ip netns exec n1 ping -c 1 -W 1 10.200.0.2 | grep transmitted
ip netns exec n2 ss -uln | awk 'NR>1{print $4}'
echo "fix the port on n2"
ip -n n2 link del vx0
ip -n n2 link add vx0 type vxlan id 43 remote 192.168.100.1 dstport 4789 dev eth0
ip -n n2 addr add 10.200.0.2/24 dev vx0; ip -n n2 link set vx0 up
ip netns exec n1 ping -c 1 -W 1 10.200.0.2 | grep transmitted
ip -n n2 -s link show vx0 | awk 'NR==4'
echo "fix the VNI"
ip -n n2 link set vx0 type vxlan id 42 2>&1
ip -n n2 link del vx0
ip -n n2 link add vx0 type vxlan id 42 remote 192.168.100.1 dstport 4789 dev eth0
ip -n n2 addr add 10.200.0.2/24 dev vx0; ip -n n2 link set vx0 up
ip netns exec n1 ping -c 2 -i 0.3 10.200.0.2 | grep -E 'transmitted'
bridge -n n1 fdb show dev vx0
ip -n n2 neigh show dev vx0 | awk '{print $1, $NF}'
