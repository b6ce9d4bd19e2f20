readlink /sys/class/net/eth0 /sys/class/net/eth0/subsystem /sys/class/net/eth0/device
cat /sys/class/net/eth0/speed /sys/class/net/eth0/duplex /sys/class/net/eth0/name_assign_type /sys/class/net/eth0/uevent
cat /sys/class/net/eth0/phys_port_name
ls /sys/class/net/eth0
