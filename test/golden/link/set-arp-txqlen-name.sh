# ip link set: mtu, address, alias, txqueuelen, arp, promisc, multicast/allmulticast, name; bad addresses; sysfs attributes.
ip link add v0 type veth peer name v1
ip link set v0 mtu 9000
ip link set v0 address 02:11:22:33:44:55
ip link set v0 alias "uplink to a"
ip link set v0 txqueuelen 5000
ip link set v0 arp off
ip link set v0 promisc on
ip link set v0 up
ip link show v0
ip link set dev v0 multicast off allmulticast on
ip link show v0
ip link set v0 arp on promisc off
ip link set v0 txqlen 100
ip link show v0
ifconfig v0
ip link set v0 address ff:ff:ff:ff:ff:ff; echo "rc=$?"
ip link set v0 address 01:00:00:00:00:01; echo "rc=$?"
ip link set v0 address 00:00:00:00:00:00; echo "rc=$?"
ip link set v0 address 02:11; echo "rc=$?"
ip link set v0 mtu 70000; echo "rc=$?"
ip link set v0 name veth-new
ip link set veth-new down
ip link set veth-new name vx
ip link show vx
cat /sys/class/net/vx/ifalias /sys/class/net/vx/tx_queue_len /sys/class/net/vx/mtu /sys/class/net/vx/flags
