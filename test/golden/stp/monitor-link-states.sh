# bridge monitor link under kernel STP: listening, learning, forwarding as the
# forward delay timer moves the port, each an AF_BRIDGE message.
ip link add br0 type bridge stp_state 1 forward_delay 200
ip link add v1 type veth peer name v1p
ip link set v1 master br0
ip link set v1p up
ip link set br0 up
sleep 0.5
bridge monitor link &
sleep 0.3
ip link set v1 up
sleep 4.5
bridge link show dev v1
kill %1; wait
