ip link add br0 type bridge
ip link set br0 up
ip link add a1 type veth peer name a2
ip link add b1 type veth peer name b2
ip link set a1 master br0
ip link set b1 master br0
ip link set a1 up
ip link set b1 up
bridge monitor link > /tmp/brmon.out &
sleep 0.3
ip link set a2 up
ip link set b2 up
ip link set a1 down
ip link set a1 up
ip link set b2 down
ip link set br0 down
ip link set b2 up
sleep 0.3
kill %1
wait
cat /tmp/brmon.out
