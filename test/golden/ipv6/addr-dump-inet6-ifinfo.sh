# `ip -6 addr` without a device dumps links with ifi_family AF_INET6, which
# addrconf answers itself (inet6_dump_ifinfo): no qdisc, master, group or
# link-netns; "@peer" only when the peer's index differs from the device's;
# qlen through SIOCGIFTXQLEN. With a device, the ordinary RTM_GETLINK answers.
ip netns add c
ip link add v0 type veth peer name v1 netns c
ip link add br0 type bridge
ip link add v2 type veth peer name v3
ip link set v0 master br0
ip link set v0 up; ip link set br0 up; ip link set v2 up; ip link set v3 up
ip link set v0 alias uplink
ip addr add 2001:db8::1/64 dev br0 nodad
ip addr add 10.0.0.1/24 dev br0
ip addr add 2001:db8:2::2/64 dev v2 nodad
ip -n c addr add 2001:db8::2/64 dev v1 nodad
ip -6 addr show scope global
ip -6 addr show dev br0 scope global
ip -6 -br addr show scope global
ip -6 -o addr show scope global
ip -6 -j addr show scope global
ip -6 -d addr show scope global
ip -6 addr show master br0; echo "rc=$?"
ip -6 addr show type bridge; echo "rc=$?"
ip -4 addr show type bridge
ip -n c -6 addr show scope global
ip -n c -6 addr show dev v1 scope global
ip -6 link show v0
