# IPv6-only container bridge with ULA addresses and ip6tables MASQUERADE towards an "upstream"
sysctl -qw net.ipv6.conf.all.forwarding=1
ip netns add up; ip netns add c1
ip link add wan type veth peer name eth0 netns up
ip link set wan up; ip -n up link set eth0 up; ip -n up link set lo up
ip -6 addr add 2001:db8:ff::2/64 dev wan nodad
ip -n up -6 addr add 2001:db8:ff::1/64 dev eth0 nodad
ip -6 route add default via 2001:db8:ff::1
ip link add br6 type bridge
ip link set br6 up
ip -6 addr add fd00:c0::1/64 dev br6 nodad
ip link add vc1 type veth peer name eth0 netns c1
ip link set vc1 master br6 up
ip -n c1 link set eth0 up; ip -n c1 link set lo up
ip -n c1 -6 addr add fd00:c0::10/64 dev eth0 nodad
ip -n c1 -6 route add default via fd00:c0::1
ip6tables -t nat -A POSTROUTING -s fd00:c0::/64 ! -o br6 -j MASQUERADE
ip6tables -A FORWARD -i br6 -j ACCEPT
ip6tables -A FORWARD -o br6 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables -P FORWARD DROP
sleep 1
ip netns exec c1 ping -6 -c 2 -i 0.2 2001:db8:ff::1 | sed 's/time=[0-9.]* ms//' | grep -v rtt
ip netns exec up tcpdump -l -n -i eth0 -c 2 icmp6 and 'ip6[40]==128 or ip6[40]==129' 2>/dev/null | cut -d' ' -f2- &
sleep 0.5
ip netns exec c1 ping -6 -c 1 2001:db8:ff::1 >/dev/null
wait
ip6tables -t nat -L POSTROUTING -v -n -x | awk 'NR>2{print $1,$3,$7,$8}'
ip6tables -S FORWARD
conntrack -f ipv6 -L 2>/dev/null | awk '{print $1,$3}' | sort | uniq -c
