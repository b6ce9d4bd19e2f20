# tun/tap devices in brief/oneline/JSON listings, as a bridge port (cost 2: 10000 Mb/s link settings), ifconfig's unspec hardware line, sysfs
ip netns add a
X="ip netns exec a"
$X ip tuntap add tun0 mode tun
$X ip tuntap add tap0 mode tap
$X ip -br link
$X ip -br addr
$X ip -o link show tun0
$X ip -j link show tun0
$X ip link set tap0 up
$X ip link add br0 type bridge
$X ip link set tap0 master br0
$X bridge link
$X ip link set tun0 master br0; echo "rc=$?"
$X ip link set tun0 mtu 9000; $X ip link show tun0 | head -1
$X ip link set tap0 address 02:00:00:00:00:01; $X ip -br link show tap0
$X ifconfig tun0
$X ip tuntap del tap0 mode tap
$X bridge link
$X ip netns exec a cat /sys/class/net/tun0/carrier 2>&1
$X cat /sys/class/net/tun0/type /sys/class/net/tun0/addr_len /sys/class/net/tun0/tx_queue_len
