# IPv6 connection tracking (nf_conntrack_ipv6): ICMPv6 echo, TCP and UDP
# flows are tracked, ctstate/state match NEW, ESTABLISHED and (neighbour
# discovery) UNTRACKED in ip6tables; conntrack -L lists both families unless
# -f picks one, /proc/net/nf_conntrack spells IPv6 addresses in full.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add fd00::1/64 dev va nodad
ip -n b addr add fd00::2/64 dev vb nodad
ip -n a link set va up
ip -n b link set vb up
ip -n a link set lo up
ip -n b link set lo up
sleep 3
ip netns exec b ip6tables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED
ip netns exec b ip6tables -A INPUT -m conntrack --ctstate NEW
ip netns exec b ip6tables -A INPUT -m conntrack --ctstate INVALID
ip netns exec b ip6tables -A INPUT -m conntrack --ctstate UNTRACKED
ip netns exec b ip6tables -A OUTPUT -m state --state ESTABLISHED
ip netns exec b ip6tables -A OUTPUT -m state --state NEW
ip netns exec b ip6tables -A OUTPUT -m state --state UNTRACKED
ip netns exec b conntrack -L; echo "rc=$?"
ip netns exec a ping -6 -c 3 -i 0.2 -q fd00::2 | grep transmitted
ip netns exec b conntrack -L -f ipv6
ip netns exec b conntrack -L -f ipv4
ip netns exec b conntrack -L -p icmpv6 --icmpv6-type 128 -o extended
ip netns exec b nc -6 -l -p 80 >/dev/null &
sleep 0.3
echo hi | ip netns exec a nc -6 -N fd00::2 80
wait
timeout 2 ip netns exec b nc -6 -u -l -p 5353 >/dev/null &
sleep 0.3
echo x | ip netns exec a nc -6 -u -w1 fd00::2 5353
wait
ip netns exec b conntrack -L
ip netns exec b conntrack -L -s fd00::1 -p tcp
ip netns exec b cat /proc/net/nf_conntrack
ip netns exec a cat /proc/net/nf_conntrack; echo "a: $?"
ip netns exec b conntrack -C
ip netns exec b conntrack -S
ip netns exec b cat /proc/net/stat/nf_conntrack
ip netns exec b ip6tables -L -v -n -x
ip netns exec b conntrack -D -f ipv6 -p udp
ip netns exec b conntrack -G -p tcp -s fd00::1 -d fd00::2 --sport 1 --dport 80; echo "rc=$?"
ip netns exec b conntrack -F -f ipv6
ip netns exec b conntrack -L
