# ip6tables: its own tables beside iptables', addresses and masks, -L/-S/save,
# its extensions, verbose restore, and refusals.
ip6tables -A INPUT -s 2001:db8::1 -d fe80::/64 -i eth0 -j ACCEPT
ip6tables -A INPUT ! -s ::/0 -j DROP
ip6tables -A FORWARD -s feed:babe::/ffff:ff00:: -v
ip6tables -A FORWARD -s feed:c0ff::babe:f00/ffff::ffff:0 -p udp --dport 53
ip6tables -A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/3
ip6tables -A INPUT -m hl --hl-lt 2 -m frag --fragid 5 --fragmore -j DROP
ip6tables -A INPUT -m rt --rt-type 0 --rt-segsleft 2:4 -m dst --dst-len 8
ip6tables -A INPUT -m ipv6header --header ipv6-frag,esp --soft
ip6tables -A INPUT -j REJECT --reject-with adm-prohibited
ip6tables -A INPUT -j REJECT --reject-with tcp-reset; echo rc=$?
ip6tables -A INPUT -m icmp --icmp-type 8; echo rc=$?
ip6tables -A INPUT -s 1.2.3.4; echo rc=$?
iptables -A INPUT -s ::1; echo rc=$?
ip6tables -t mangle -A PREROUTING -j HL --hl-dec 1
ip6tables -N c6
iptables -N c4
ip6tables -L -n -v
ip6tables -S
iptables -S
ip6tables-save | grep -v '^#'
ip6tables-restore -v <<'X'
*filter
:x - [0:0]
-A x -s ::1/128 -j ACCEPT
COMMIT
X
ip6tables -S
ip6tables -D INPUT -s 2001:db8::1 -d fe80::/64 -i eth0 -j ACCEPT
ip6tables -D INPUT -s 2001:db8::2 -j ACCEPT; echo rc=$?
ip6tables -L INPUT -n --line-numbers
iptables-restore -v <<'X'
*filter
-A INPUT -j ACCEPT
COMMIT
X
iptables -p icmp --help | sed -n '/^icmp match options/,$p'
