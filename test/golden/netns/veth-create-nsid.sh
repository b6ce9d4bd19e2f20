# A veth pair created across namespaces: the device's namespace gets an id for its peer's (rtnl_configure_link's notification, peernet2id_alloc), not the other way; ip netns list shows it.
ip netns add x
ip netns add y
ip link add v0 type veth peer name v1 netns x
ip netns list
ip -n x netns list-id
ip link add v2 netns y type veth peer name v3
ip netns list
ip -n y netns list-id
ip netns add red
ip netns add blue
ip netns set red 7
echo A; ip netns exec red ip netns list-id
ip link add v0 netns red type veth peer name v1 netns blue
echo C; ip netns list-id
echo D; ip -n red netns list-id
echo E; ip -n blue netns list-id
ip -n red link show v0 | sed -n '2p'
echo F; ip -n red netns list-id
