# Two namespaces joined by a veth pair: MACs, link-locals, ping timings and
# ICMP ids are masked; the same MAC seen by `ip link` in one namespace and by
# `ip neigh` in the other must be the same <macN>.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a link show va
ip -n b link show vb
ip netns exec a ping -c 2 10.0.0.2
ip -n a neigh
ip -n b neigh
ip netns list
