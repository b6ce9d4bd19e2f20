# what a device's sysfs directory holds: files and their modes, power/, queues/, uevent, brif/, and write errors
ip netns add a
ip netns exec a ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip netns exec a ip link add br0 address 02:00:00:00:00:0b type bridge
ip netns exec a ip link set v0 master br0
ip netns exec a ls /sys/class/net/v0 /sys/class/net/br0 /sys/class/net/lo /sys/class/net/br0/brif
ip netns exec a bash -c 'cd /sys/class/net && stat -c "%A %n" v0/* v0/statistics/rx_bytes v0/power/* br0/bridge/* v0/brport/* br0/brif/v0'
ip netns exec a bash -c 'cd /sys/class/net/v0 && for f in power/* queues/*/*; do printf "%s: " $f; cat $f; done'
ip netns exec a readlink /sys/class/net/v0/subsystem /sys/class/net/br0/brif/v0
ip netns exec a cat /sys/class/net/v0/uevent /sys/class/net/br0/uevent /sys/class/net/lo/uevent
ip netns exec a bash -c 'cd /sys/class/net && for d in lo v0 br0; do grep . $d/name_assign_type $d/threaded $d/gro_flush_timeout $d/napi_defer_hard_irqs; done'
ip netns exec a bash -c 'echo 0 > /sys/class/net/v0/carrier'; echo rc=$?
ip netns exec a bash -c 'echo 3 > /sys/class/net/v0/brport/state'; echo rc=$?
ip netns exec a bash -c 'echo 1 > /sys/class/net/v0/brport/flush'; echo rc=$?
ip netns exec a bash -c 'echo 1 > /sys/class/net/br0/bridge/flush'; echo rc=$?
ip netns exec a cat /sys/class/net/br0/bridge/flush; echo rc=$?
ip netns exec a bash -c 'echo 20000 > /sys/class/net/v0/gro_flush_timeout'; echo rc=$?
ip netns exec a cat /sys/class/net/v0/gro_flush_timeout
ip netns exec a ip link set br0 up
ip netns exec a cat /sys/class/net/br0/speed /sys/class/net/br0/duplex /sys/class/net/br0/operstate
