# IPv6 across veth ends with different MTUs: a frame bigger than the
# receiving end's MTU is dropped by veth_xmit, which answers NET_XMIT_DROP:
# ping6's sendmsg fails with ENOBUFS (ip6_push_pending_frames counts
# Ip6OutDiscards), and so does the kernel's echo reply (counted, no error).
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip link set v0 up
ip -n a link set v1 up
ip -n a addr add fd00::2/64 dev v1 nodad
ip addr add fd00::1/64 dev v0 nodad
ip -n a link set v1 mtu 1400
ip netns exec a ping -6 -c1 -W 1 -s 1400 fd00::1; echo rc=$?
ip netns exec a ping -6 -c1 -s 1300 fd00::1 | grep -c bytes
ip netns exec a nstat -az Ip6FragCreates Ip6FragOKs Ip6FragFails Ip6OutDiscards Icmp6OutErrors
nstat -az Ip6ReasmOKs Ip6InDiscards Ip6OutDiscards Icmp6OutEchoReplies
ip link set v0 mtu 1400
ip -n a link set v1 mtu 1500
ip netns exec a ping -6 -c1 -W 1 -s 1400 fd00::1; echo rc=$?
ip netns exec a ping -6 -c2 -i 0.3 -W 1 -s 1400 fd00::1 2>/dev/null | grep -v rtt; echo rc=$?
ip netns exec a nstat -az Ip6OutDiscards Icmp6OutEchos
ip -s link show v0 | sed -n 4p | awk '{print $4}'
ip netns exec a ping -6 -c1 -W 1 -s 1352 fd00::1 | grep -c "bytes from"
