# HMARK for IPv6: the mark is a hash of the folded addresses, the protocol
# and (for UDP) the ports; the mark rule that counts shows the value. The
# port unreachables are hashed as the datagrams they quote. (The model sends
# no IPv6 UDP yet, so the traffic part is left out here; the marks the kernel
# gave are checked in test/netfilter/xt-targets.test.ts.)
ip link set lo up
sleep 1
ip6tables -t mangle -A OUTPUT -p ipv6-icmp -j HMARK --hmark-tuple src,dst,proto --hmark-rnd 0x1234 --hmark-mod 7 --hmark-offset 100
ip6tables -t mangle -A OUTPUT -p udp -j HMARK --hmark-tuple src,dst,sport,dport,proto --hmark-rnd 0xcafe --hmark-mod 5 --hmark-src-prefix 64
ip6tables -t mangle -A OUTPUT -p udp -j HMARK --hmark-tuple dst,sport,dport,proto --hmark-rnd 0xcafe --hmark-mod 5 --hmark-src-prefix 64
for m in 100 101 102 103 104 105 106; do ip6tables -t mangle -A OUTPUT -p ipv6-icmp -m mark --mark $m; done
for m in 0 1 2 3 4; do ip6tables -t mangle -A OUTPUT -p udp -m mark --mark $m; done
ip6tables -t mangle -L OUTPUT -n -v -x | awk '$1 == 0 && $3 == "HMARK"'
ip6tables -t mangle -S OUTPUT | grep HMARK
