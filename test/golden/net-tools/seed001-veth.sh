# Seed 001: a veth pair between two namespaces set up with net-tools, then
# a ping across and the routing tables.
ip netns add ns1
ip netns add ns2
ip link add veth0 type veth peer name veth1
ip link set veth0 netns ns1
ip link set veth1 netns ns2
ip netns exec ns1 ifconfig veth0 172.18.0.2/24 up
ip netns exec ns2 ifconfig veth1 172.18.0.3/24 up
ip netns exec ns1 route add default dev veth0
ip netns exec ns2 route add default dev veth1
ip netns exec ns1 route -n
ip netns exec ns1 ip route
ip netns exec ns1 ping -c 2 -i 0.3 172.18.0.3; echo "rc=$?"
ip netns exec ns1 ping -c 1 -W 1 172.18.5.5; echo "rc=$?"
ip netns exec ns1 arp -n
