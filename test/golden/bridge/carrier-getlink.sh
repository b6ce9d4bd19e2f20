# The bridge's carrier follows its ports. A dump (`ip link`, `ip -br link`)
# shows what linkwatch has handled; `ip link show DEV` (one device) and
# ethtool's link query settle the device's pending event first. A carrier that
# comes back after its loss was handled is urgent (the tx queue idles on noop).
# (Sleeps let the veth's own urgent events, run by a kernel worker, finish.)
ip link add docker0 type bridge
ip link set docker0 up
ip netns add c1
ip link add veth1 type veth peer name eth0 netns c1
ip link set veth1 master docker0 up
ip link show docker0
ip -n c1 link set eth0 up
sleep 0.3
ip link show docker0
ip -br link show master docker0
echo --- port goes down and up
ip link add br2 type bridge
ip link set br2 up
ip link add v3 type veth peer name v4
ip link set v3 master br2
ip link set v3 up
ip link set v4 up
sleep 2.5
ip -o link show br2 | cut -d" " -f2,3,9
ip link set v4 down
sleep 0.3
ip -br link show type bridge
ethtool br2 | grep Link
ip -br link show type bridge
ip link set v4 up
sleep 0.3
ip -br link show type bridge
ip route
