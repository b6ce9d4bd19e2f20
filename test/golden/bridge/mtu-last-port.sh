# the bridge follows its smallest port; without ports it goes back to 1500
ip link add br0 mtu 9000 type bridge
ip link show br0 | head -1
ip link add v0 mtu 1400 type veth peer name v1
ip link add v2 mtu 1450 type veth peer name v3
ip link set v0 master br0
ip link show br0 | head -1
ip link set v2 master br0
ip link set v0 mtu 1600
ip link show br0 | head -1
ip link set v2 nomaster
ip link show br0 | head -1
ip link set v0 nomaster
ip link show br0 | head -1
ip link set br0 mtu 1300
ip link set v0 master br0
ip link set v0 nomaster
ip link show br0 | head -1
