ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip link
ip -n ns1 link
ip netns exec ns1 ip link set veth1 name eth0
ip -n ns1 link
ip -n ns1 link set eth0 up
ip link set veth0 up
ip link
ip -n ns1 -br link
