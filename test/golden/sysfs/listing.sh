# /sys/class/net in a namespace: the device links, a veth's and a bridge's files (read via ip netns exec, which mounts the namespace's sysfs)
ip netns add a
ip netns exec a ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip netns exec a ip link add br0 address 02:00:00:00:00:0b type bridge
ip netns exec a ip link set v0 master br0
ip netns exec a ls /sys/class/net
ip netns exec a readlink /sys/class/net/lo /sys/class/net/v0 /sys/class/net/br0
ip netns exec a ls /sys/class/net/v0/statistics
ip netns exec a readlink /sys/class/net/v0/master /sys/class/net/v0/upper_br0 /sys/class/net/br0/lower_v0 /sys/class/net/v0/brport/bridge
ip netns exec a ls /sys/class/net/v1/master; echo rc=$?
ip netns exec a cat /sys/class/net/nope/mtu; echo rc=$?
