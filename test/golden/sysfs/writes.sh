# writes to /sys/class/net/DEV attributes go through the same paths as netlink
ip netns add a
ip netns exec a ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip netns exec a bash -c 'echo 9000 > /sys/class/net/v0/mtu'; echo rc=$?
ip netns exec a bash -c 'echo 20 > /sys/class/net/v0/mtu'; echo rc=$?
ip netns exec a bash -c 'echo 99999999 > /sys/class/net/v0/mtu'; echo rc=$?
ip netns exec a bash -c 'echo 500 > /sys/class/net/v0/tx_queue_len'; echo rc=$?
ip netns exec a bash -c 'echo hello there > /sys/class/net/v0/ifalias'; echo rc=$?
ip netns exec a bash -c 'echo 0x1003 > /sys/class/net/v0/flags'; echo rc=$?
ip netns exec a bash -c 'echo 1 > /sys/class/net/v0/ifindex'; echo rc=$?
ip netns exec a bash -c 'echo 5 > /sys/class/net/v0/netdev_group'; echo rc=$?
ip netns exec a sh -c 'cd /sys/class/net/v0 && grep . mtu tx_queue_len ifalias flags netdev_group'
ip netns exec a ip link show v0
