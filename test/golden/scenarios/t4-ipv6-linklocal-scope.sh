# IPv6 link-local between two containers: known MACs give known fe80 addresses, ping needs %dev, ip -6 neigh after
ip netns add a; ip netns add b
ip link add ea netns a address 02:00:00:00:00:0a type veth peer name eb netns b address 02:00:00:00:00:0b
ip -n a link set ea up; ip -n b link set eb up
sleep 4
ip -n a -6 addr show dev ea | grep inet6
ip netns exec a ping -6 -c 1 -W 1 fe80::ff:fe00:b 2>&1 | head -2 | sed 's/time=.*//'
ip netns exec a ping -6 -c 1 -W 1 fe80::ff:fe00:b%ea | grep -E 'bytes from|received' | sed 's/time=.*//; s/, time.*//'
ip netns exec a ping -6 -c 1 -W 1 -I ea fe80::ff:fe00:b | grep -o '1 received'
ip -n a -6 neigh show | sed 's/ *$//'
ip -n a -6 route show | sed 's/ *$//'
ip -n a -6 route get fe80::ff:fe00:b 2>&1
ip -n a -6 route get fe80::ff:fe00:b oif ea | sed 's/ *$//'
