ip netns add a
ip netns add b
ip link add v0 netns a type veth peer name v1 netns b
ip -n a addr add 10.0.0.1/24 dev v0
ip -n b addr add 10.0.0.2/24 dev v1
ip -n a link set v0 up
ip -n b link set v1 up
ip netns exec a nft add table netdev t
ip netns exec a nft add chain netdev t eg '{ type filter hook egress device v0 priority 0; }'
ip netns exec a nft add rule netdev t eg ip daddr 10.0.0.2 counter drop
ip netns exec a ping -c 2 -W 1 10.0.0.2; echo rc=$?
ip netns exec a nft list chain netdev t eg
ip -n a -s link show v0 | sed -n 5,6p
