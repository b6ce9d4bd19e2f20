# Seed 002 (shared/seeds/002_0b0efd97f12a5c95.txt), sections 2.1.2-2.1.3: a new
# namespace holds only a DOWN lo; `ip netns exec` runs commands (and a shell) in
# it; which devices may move between namespaces.
# On this kernel (see shared/seeds/README.md) moving lo or a bridge fails with
# "Error: The interface netns is immutable.", a vxlan device does move, and
# `ethtool -k` no longer lists netns-local, so the article's grep finds nothing.
# Stand-ins: docker0 is a bridge made here; veth276e185 a veth made here.
ip netns add test1
ip netns exec test1 ip a s
echo 'ip link; exit' | ip netns exec test1 bash
ip link set lo netns test1
echo "status $?"
ip link add docker0 type bridge
ip link set docker0 netns test1
echo "status $?"
ip link add vxlan0 type vxlan id 42 dstport 4789
ip link set vxlan0 netns test1
echo "status $?"
ip netns exec test1 ip link show vxlan0
ip link add veth276e185 type veth peer name eth0 netns test1
ethtool -k docker0 | grep netns
echo "grep status $?"
ethtool -k veth276e185 | grep netns
echo "grep status $?"
ethtool -k veth276e185
ip link set veth276e185 netns test1
echo "status $?"
ip netns exec test1 ip link
