# bridge monitor link while a port is added, brought up, changed and removed:
# the AF_UNSPEC messages (master named from the first one, the bridge's feature
# change and new address) and the port's AF_BRIDGE ones (br_ifinfo_notify: state,
# priority, cost). The monitor's link cache keeps the peer's flags from its start
# (M-DOWN stays).
ip link add br0 type bridge
ip link add v1 type veth peer name v1p
bridge monitor link &
sleep 0.3
ip link set v1 master br0
ip link set br0 up
ip link set v1 up
ip link set v1p up
sleep 0.2
bridge link set dev v1 cost 7
bridge link set dev v1 priority 5 cost 9
ip link set v1 nomaster
# The bridge's carrier loss waits for linkwatch's once-a-second budget.
sleep 1.5
kill %1; wait
