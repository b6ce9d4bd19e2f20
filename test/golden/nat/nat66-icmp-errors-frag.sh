# NAT66 (ip6tables MASQUERADE): ICMPv6 errors about a NATed flow are translated back (nf_nat_icmpv6_reply_translation);
# fragments are gathered by conntrack (nf_defrag_ipv6) and cut again on the way out
ip netns add a; ip netns add b
ip link add ha type veth peer name eth0 netns a
ip link add hb type veth peer name eth0 netns b
sysctl -qw net.ipv6.conf.all.forwarding=1
ip addr add fd01::1/64 dev ha nodad; ip addr add fd02::1/64 dev hb nodad; ip link set ha up; ip link set hb up
ip -n a addr add fd01::2/64 dev eth0 nodad; ip -n a link set eth0 up; ip -n a route add default via fd01::1
ip -n b addr add fd02::2/64 dev eth0 nodad; ip -n b link set eth0 up
sleep 1
ip6tables -t nat -A POSTROUTING -o hb -j MASQUERADE
ip netns exec a tcpdump -n -l -i eth0 -v icmp6 and not 'ip6[40] >= 133' > /tmp/n66.cap 2>/dev/null &
ip netns exec b tcpdump -n -l -i eth0 icmp6 and not 'ip6[40] >= 133' > /tmp/n66b.cap 2>/dev/null &
sleep 0.3
ip netns exec a sh -c 'echo x | nc -u -w 1 fd02::2 5000'; echo rc=$?
ip netns exec a nc -v -w 1 fd02::2 5001; echo rc=$?
ip netns exec a ping -c 1 -W 1 -t 1 fd02::2 ; echo rc=$?
ip netns exec a ping -c 1 -W 1 -s 1600 fd02::2 | grep -v rtt; echo rc=$?
sleep 0.5
kill %1 %2; wait
sed -E 's/^[0-9:.]* //; s/frag \(0x[0-9a-f]+:/frag (ID:/' /tmp/n66.cap
echo ---
sed -E 's/^[0-9:.]* //; s/frag \(0x[0-9a-f]+:/frag (ID:/' /tmp/n66b.cap
conntrack -L -f ipv6 2>&1 | sort
nstat -az | grep -E '^Ip6(Reasm|Frag|OutForw)'
ip netns exec b nstat -az | grep -E '^Ip6(Reasm|Frag)|Icmp6OutDestUnreachs'
