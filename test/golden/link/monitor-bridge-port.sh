# ip monitor link around a bridge port: the port's AF_BRIDGE messages print as
# links without qdisc, group or broadcast address; "event FEATURE CHANGE" when the
# bridge's first port joins and its last leaves; a deleted port's own promiscuity
# and unlink send nothing (the device is unregistering).
ip link add br0 type bridge
ip link add v1 type veth peer name v1p
ip monitor link &
sleep 0.3
ip link set v1 master br0
ip link set v1 up
ip link set v1p up
ip link set br0 up
sleep 0.2
ip link del v1
sleep 0.2
kill %1; wait
