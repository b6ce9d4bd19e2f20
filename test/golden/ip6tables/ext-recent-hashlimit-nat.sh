# ip6tables extensions: recent, connlimit, hashlimit, multiport, limit, length, hl, mark; NAT REDIRECT/SNAT/NETMAP
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add fd00::1/64 dev va nodad; ip -n b addr add fd00::2/64 dev vb nodad
ip -n a link set va up; ip -n b link set vb up
B="ip netns exec b"
$B ip6tables -A INPUT -p ipv6-icmp --icmpv6-type echo-request -m recent --name P6 --set
$B ip6tables -A INPUT -p ipv6-icmp --icmpv6-type echo-request -m recent --name P6 --rcheck --hitcount 3 --seconds 10 -j DROP
$B ip6tables -A INPUT -p tcp --syn -m connlimit --connlimit-above 4 --connlimit-mask 64 -j REJECT --reject-with tcp-reset
$B ip6tables -A INPUT -p udp -m multiport --dports 53,123 -m hashlimit --hashlimit-name h6 --hashlimit-above 2/s --hashlimit-mode srcip --hashlimit-srcmask 64 -j DROP
$B ip6tables -A INPUT -m limit --limit 5/min -j LOG --log-prefix "v6 "
$B ip6tables -A INPUT -m length --length 1000:65535 -j DROP
$B ip6tables -A INPUT -m hl --hl-lt 2 -j DROP
$B ip6tables -t mangle -A PREROUTING -j HL --hl-inc 1
$B ip6tables -t mangle -A PREROUTING -j MARK --set-mark 7
$B ip6tables -t mangle -A PREROUTING -j CONNMARK --save-mark
$B ip6tables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8080
$B ip6tables -t nat -A POSTROUTING -s fd00::/64 -j SNAT --to-source [fd00::2]:1000-2000
$B ip6tables -t nat -A POSTROUTING -d fd01::/64 -j NETMAP --to fd02::/64
$B ip6tables -t nat -A POSTROUTING -j MASQUERADE --to-ports 3000-4000 --random
$B ip6tables -S; $B ip6tables -t mangle -S; $B ip6tables -t nat -S
$B ip6tables -L -n; $B ip6tables -t nat -L -n -v
ip netns exec a ping -c 4 -i 0.2 -W 1 fd00::2 | grep transmitted
$B cat /proc/net/xt_recent/P6 | cut -d' ' -f1-2
$B ip6tables -L INPUT -v -n -x | sed 's/ \+/ /g'
$B conntrack -L -f ipv6 2>&1 | sed 's/ \+/ /g' | grep -o 'mark=[0-9]*' | sort | uniq -c
$B ip6tables -t nat -A POSTROUTING -j NETMAP --to 10.0.0.0/24
$B ip6tables -t mangle -A PREROUTING -j HL --hl-set 300
$B ip6tables -A INPUT -m hl --hl-eq 64 --hl-lt 3
