# IPv6 packets from sockets carry an automatic flow label (auto_flowlabels=1,
# ip6_make_flowlabel; its value is a keyed hash, masked), ND's do not; TCP and
# UDP over a veth leave the checksum partial (tcpdump -v: incorrect / bad udp
# cksum), the kernel's RST included; ICMPv6 is complete.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip link set v0 up
ip -n a link set v1 up
ip -n a addr add fd00::2/64 dev v1 nodad
ip addr add fd00::1/64 dev v0 nodad
ping -6 -c1 -q fd00::2 > /dev/null
sleep 2.5
timeout 3 tcpdump -i v0 -nn -c 7 -v 'ip6 and (tcp or udp or (icmp6 and icmp6[0] < 130))' 2>&1 &
sleep 0.3
ping -6 -c1 -q fd00::2 >/dev/null
echo y | nc -6 -u -w1 fd00::2 53
nc -6 -z fd00::2 81; echo rc=$?
ip netns exec a nc -6 -l 8080 > /tmp/got &
sleep 0.2
echo hi | nc -6 -N fd00::2 8080
wait
cat /tmp/got
sysctl -qw net.ipv6.auto_flowlabels=0
timeout 2 tcpdump -i v0 -nn -c 2 -v 'icmp6 and icmp6[0] < 130' 2>&1 &
sleep 0.3
ping -6 -c1 -q fd00::2 >/dev/null
wait
ethtool -K v0 tx off > /dev/null
timeout 2 tcpdump -i v0 -nn -c 1 -v 'udp' 2>&1 &
sleep 0.3
echo z | nc -6 -u -w1 fd00::2 53
wait
