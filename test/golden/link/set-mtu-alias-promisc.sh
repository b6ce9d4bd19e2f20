ip link add veth0 type veth peer name veth1
ip link set veth0 mtu 9000
ip link set veth0 alias "uplink port"
ip link set veth0 txqueuelen 500
ip link set veth0 arp off
ip link set veth1 promisc on
ip link set veth1 allmulticast on
ip link set veth0 address 02:11:22:33:44:55
ip link show
ip link set veth0 arp on
ip link set veth0 alias ""
ip link set veth1 promisc off
ip link show
ip link set veth0 mtu 70000; echo rc=$?
ip link set veth0 mtu 10; echo rc=$?
ip link set veth0 txqlen 100; echo rc=$?
ip link set veth0 qlen 100; echo rc=$?
ip link set veth0 multicast off
ip -d link show veth0
cat /sys/class/net/veth0/mtu /sys/class/net/veth0/tx_queue_len /sys/class/net/veth0/ifalias /sys/class/net/veth0/flags /sys/class/net/veth1/flags
