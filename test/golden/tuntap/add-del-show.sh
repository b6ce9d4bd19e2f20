# ip tuntap add/del/show (in a namespace whose sysfs ip netns exec mounts), the devices it makes (tun: ARPHRD_NONE, tap: Ethernet), their -d details, no carrier without a reader
ip netns add a
X="ip netns exec a"
$X ip tuntap add tap0 mode tap
$X ip tuntap add dev tun0 mode tun
$X ip tuntap add mode tap; echo "rc=$?"
$X ip tuntap add tap7 mode tap user 1000 group 100 multi_queue; echo "rc=$?"
$X ip tuntap add tap8 mode tap pi vnet_hdr one_queue; echo "rc=$?"
$X ip tuntap add name tap9 mode tap user root; echo "rc=$?"
$X ip tuntap add tap0 mode tap; echo "rc=$?"
$X ip tuntap add tap0 mode tun; echo "rc=$?"
$X ip tuntap add tapx; echo "rc=$?"
$X ip tuntap add tapy mode foo; echo "rc=$?"
$X ip tuntap add tapz mode tap user nosuchuser; echo "rc=$?"
$X ip tuntap add tapz mode tap bogus; echo "rc=$?"
$X ip tuntap add abcdefghijklmnopq mode tap; echo "rc=$?"
echo == show; $X ip tuntap show
echo == list; $X ip tuntap list dev tap7
$X ip -j tuntap
$X ls /sys/class/net
$X cat /sys/class/net/tap0/tun_flags /sys/class/net/tap0/owner /sys/class/net/tap0/group /sys/class/net/tap7/owner /sys/class/net/tap7/group /sys/class/net/tap8/tun_flags /sys/class/net/tun0/tun_flags
echo == link; $X ip link
$X ip -d link show tap8
$X ip -d -j link show tap0
$X ip link set tap0 up; $X ip link set tun0 up
$X ip addr add 10.9.0.1/24 dev tap0
$X ip addr add 10.8.0.1/24 dev tun0
$X ip link show tap0; $X ip link show tun0
$X ip addr show tun0
$X ping -c1 -W1 10.9.0.2; echo "rc=$?"
$X ping -c1 -W1 10.8.0.2; echo "rc=$?"
$X ip -s link show tun0
$X ip link add tq type tun; echo "rc=$?"
$X ip link add tq type tap; echo "rc=$?"
echo == del; $X ip tuntap del tap0 mode tap; echo "rc=$?"
$X ip tuntap del tun0; echo "rc=$?"
$X ip tuntap del tun0 mode tap; echo "rc=$?"
$X ip tuntap del tun0 mode tun; echo "rc=$?"
$X ip tuntap del nope mode tun; echo "rc=$?"
$X ip link del tap7; echo "rc=$?"
$X ip link set tap8 name tapr; echo "rc=$?"
$X ip tuntap
$X ip tuntap help; echo "rc=$?"
$X ip tuntap foo; echo "rc=$?"
