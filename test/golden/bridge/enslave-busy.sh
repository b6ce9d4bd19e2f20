# enslaving a device that is busy: a port of another bridge moves, a macvlan lower device is refused with a plain EBUSY
ip link add v1 type veth peer name v2
ip link add br0 type bridge
ip link add br1 type bridge
ip link set v1 master br0
ip link set v1 master br1
ip -br link show master br1
brctl addif br0 v1
ip link set v1 nomaster
ip link add mv0 link v1 type macvlan
ip link set v1 master br0
brctl addif br0 v1
ip link add vr0 type vrf table 10
ip link set v2 master vr0
ip link set v2 master br0
ip -br link show master br0
