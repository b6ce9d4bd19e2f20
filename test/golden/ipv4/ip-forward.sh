# A router namespace: ip_forward off (replies? none) then on; sysctl forms and /proc.
ip netns add left; ip netns add right
ip link add l0 type veth peer name eth0 netns left
ip link add r0 type veth peer name eth0 netns right
ip addr add 10.1.0.1/24 dev l0; ip link set l0 up
ip addr add 10.2.0.1/24 dev r0; ip link set r0 up
ip -n left addr add 10.1.0.2/24 dev eth0; ip -n left link set eth0 up
ip -n right addr add 10.2.0.2/24 dev eth0; ip -n right link set eth0 up
ip -n left route add default via 10.1.0.1
ip -n right route add default via 10.2.0.1
cat /proc/sys/net/ipv4/ip_forward
sysctl net.ipv4.ip_forward
sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.l0.forwarding
ip netns exec left ping -c 1 -W 1 10.2.0.2; echo rc=$?
ip netns exec left ping -c 1 -W 1 10.2.0.1 | sed -n 2p
sysctl -w net.ipv4.ip_forward=1
sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.l0.forwarding net.ipv4.conf.default.forwarding
ip netns exec left ping -c 1 -W 1 10.2.0.2 | sed -n 2p
echo 0 > /proc/sys/net/ipv4/conf/r0/forwarding
ip netns exec left ping -c 1 -W 1 10.2.0.2 | tail -2 | head -1
sysctl -w net.ipv4.ip_forward=0
ip netns exec left ping -c 1 -W 1 10.2.0.2 | tail -2 | head -1
sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.r0.forwarding
iptables -L FORWARD -v -n
