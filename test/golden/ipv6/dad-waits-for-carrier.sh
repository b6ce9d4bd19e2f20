# Addresses added while the link has no carrier stay tentative; when the
# carrier comes (NETDEV_CHANGE, link becomes ready) addrconf_dad_run starts
# their DAD along with the new link-local address's, and all become valid.
ip link add v0 type veth peer name v1
ip addr add 2001:db8::1/64 dev v0
ip link set v0 up
ip addr add 2001:db8::3/64 dev v0
ip -6 addr show dev v0
ip -6 route show dev v0
ip link set v1 up
sleep 3
ip -6 addr show dev v0
ip -6 route show table local dev v0
ping -6 -c1 -W1 2001:db8::3 | grep -c ' 1 received'
