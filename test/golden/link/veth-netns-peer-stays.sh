# `ip link add A netns X type veth peer name B`: netns moves only A; the peer,
# without its own netns, stays in the namespace the request came from
# (veth_newlink: rtnl_link_get_net(src_net, peer attrs)), also under -n.
ip netns add x
ip netns add y
ip link add va netns x type veth peer name vb
ip -n y link add c netns x type veth peer name d
echo "== root"; ip -o link show | cut -d: -f2
echo "== x"; ip -n x -o link show | cut -d: -f2
echo "== y"; ip -n y -o link show | cut -d: -f2
echo "link add e netns x type veth peer name f" | ip -n y -batch -
echo "== y"; ip -n y -o link show | cut -d: -f2
echo "fdb show br nosuch" | bridge -batch -
bridge -batch /nonexistent
