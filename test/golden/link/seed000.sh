brctl addbr lab-br0
ip netns add lab-ns0
ip netns list
ip link add veth0 type veth peer name veth1
ip link list
ip netns exec lab-ns0 ip link list
ip link set veth1 netns lab-ns0
ip netns exec lab-ns0 ip link list
ip link list
ip netns exec lab-ns0 ip link set veth1 name eth0
ip netns exec lab-ns0 ip link list
brctl addif lab-br0 veth0
brctl show
ip link set dev veth0 up
ip netns exec lab-ns0 ip link set dev eth0 up
ip netns exec lab-ns0 ip link set dev lo up
ip netns exec lab-ns0 ip link list
