# Seed 001 (shared/seeds/001_3daec622e88fd7f2.txt), section "Linux Veth": a veth
# pair straight between two namespaces, configured with net-tools
# (ifconfig, route add default dev), and one ping across.
ip netns add ns1
ip netns add ns2
ip link add veth0 type veth peer name veth1
ip link set veth0 netns ns1
ip link set veth1 netns ns2
ip netns exec ns1 ip link
ip netns exec ns1 ifconfig veth0 172.18.0.2/24 up
ip netns exec ns2 ifconfig veth1 172.18.0.3/24 up
ip netns exec ns1 route add default dev veth0
ip netns exec ns2 route add default dev veth1
ip netns exec ns1 ping -c 1 172.18.0.3
