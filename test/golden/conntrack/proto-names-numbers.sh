# conntrack -p: module names in any case, /etc/protocols names (no module options), numbers (strtol base 0, below 256)
for n in a b; do ip netns add $n; done
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a addr add fd00::1/64 dev va nodad; ip -n b addr add fd00::2/64 dev vb nodad
ip -n a link set va up; ip -n b link set vb up
ip netns exec b iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT
ip netns exec b ip6tables -A INPUT -m conntrack --ctstate NEW -j ACCEPT
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
ip netns exec a ping -c 1 fd00::2 >/dev/null
echo x | ip netns exec a nc -u -w0 -p 4000 10.0.0.2 53
s() { sed -E 's/^([a-z0-9]+ +[0-9]+ +)[0-9]+ /\1T /; s/id=[0-9]+/id=N/g' | sort; }
for p in ipv6-icmp IPv6-ICMP ICMP UDP Udp ospf 58x " 17" 0 256 255 300 -1 ip icmp6 +17 0x11 021 08 "17 "; do
  echo "== -p '$p'"; ip netns exec b conntrack -L -p "$p" 2>&1 | s
done
ip netns exec b conntrack -L -p ipv6-icmp --icmpv6-type 128 2>&1 | s
ip netns exec b conntrack -L -p UDP --dport 53 2>&1 | s
ip netns exec b conntrack -L -p 17 --dport 53 2>&1 | s
ip netns exec b conntrack -L -p ICMP --icmp-type 8 2>&1 | s
ip netns exec b conntrack -L -p ospf --dport 53 2>&1 | s
