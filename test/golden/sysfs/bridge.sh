# bridge/* and brport/* files of a bridge and its port, and writes through sysfs
ip netns add a
ip netns exec a ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip netns exec a ip link add br0 address 02:00:00:00:00:0b type bridge
ip netns exec a ip link set v0 master br0
ip netns exec a sh -c 'cd /sys/class/net/br0/bridge && grep . *'
ip netns exec a sh -c 'cd /sys/class/net/v0/brport && grep . *'
ip netns exec a bash -c 'echo 1 > /sys/class/net/br0/bridge/stp_state'; echo rc=$?
ip netns exec a bash -c 'echo 400 > /sys/class/net/br0/bridge/forward_delay'; echo rc=$?
ip netns exec a bash -c 'echo 100 > /sys/class/net/br0/bridge/forward_delay'; echo rc=$?
ip netns exec a bash -c 'echo 4096 > /sys/class/net/br0/bridge/priority'; echo rc=$?
ip netns exec a bash -c 'echo 1000 > /sys/class/net/br0/bridge/ageing_time'; echo rc=$?
ip netns exec a bash -c 'echo 0 > /sys/class/net/v0/brport/learning'; echo rc=$?
ip netns exec a bash -c 'echo 1 > /sys/class/net/v0/brport/hairpin_mode'; echo rc=$?
ip netns exec a bash -c 'echo 7 > /sys/class/net/v0/brport/priority'; echo rc=$?
ip netns exec a bash -c 'echo 100 > /sys/class/net/v0/brport/path_cost'; echo rc=$?
ip netns exec a bash -c 'echo 0 > /sys/class/net/v0/brport/path_cost'; echo rc=$?
ip netns exec a bash -c 'echo abc > /sys/class/net/br0/bridge/stp_state'; echo rc=$?
ip netns exec a sh -c 'cd /sys/class/net/br0/bridge && grep . stp_state forward_delay priority bridge_id ageing_time'
ip netns exec a sh -c 'cd /sys/class/net/v0/brport && grep . learning hairpin_mode priority path_cost port_id'
ip netns exec a ip -d link show br0 | grep -o 'forward_delay [0-9]* .*stp_state [0-9]* priority [0-9]*'
