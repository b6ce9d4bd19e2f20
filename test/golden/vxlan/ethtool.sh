# ethtool on a vxlan device: driver info and features (no netns-local line on this kernel).
ip link add vxlan0 type vxlan id 42 dstport 4789
ethtool -i vxlan0
ethtool -k vxlan0
ethtool -k vxlan0 | grep netns
echo "grep status $?"
