# IPv6 reassembly timeout: b's raw PREROUTING drops the last fragment of a
# 2000-byte echo request (fragmented by a over the 1500-byte veth), so b's
# queue waits ip6frag_time (60 s), then counts ReasmFails/ReasmTimeout and
# answers with time exceeded / fragment reassembly time exceeded.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up
ip -n b link set vb up
ip -n a -6 addr add 2001:db8::1/64 dev va nodad
ip -n b -6 addr add 2001:db8::2/64 dev vb nodad
ip netns exec b sysctl net.ipv6.ip6frag_time
ip netns exec b ip6tables -t raw -A PREROUTING -m frag --fraglast -j DROP
ip netns exec a ping -c 1 -W 1 2001:db8::2 | grep -c "bytes from"
ip netns exec a ping -c 1 -W 70 -s 2000 2001:db8::2; echo "rc=$?"
ip netns exec b ip6tables -t raw -L PREROUTING -v -n -x | tail -1
for n in a b; do echo "== $n"; ip netns exec $n cat /proc/net/snmp6 | grep -E "^Ip6(Reasm|Frag)|^Icmp6(InTimeExcds|OutTimeExcds) "; done
