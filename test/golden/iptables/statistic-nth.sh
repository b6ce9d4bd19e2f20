# statistic --mode nth: the counter starts at every-packet, so --packet 0 matches the first packet
ip link set lo up
iptables -A OUTPUT -p icmp --icmp-type echo-request -m statistic --mode nth --every 3 --packet 0 -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type echo-request -m statistic --mode nth --every 3 --packet 1 -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type echo-request -m statistic --mode nth --every 3 --packet 2 -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type echo-request -m statistic --mode nth --every 2 --packet 0 -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type echo-request -m statistic --mode nth ! --every 4 --packet 3 -j ACCEPT
iptables -N CNT
iptables -A CNT -m statistic --mode nth --every 2 --packet 1 -j RETURN
iptables -A CNT -j RETURN
iptables -A INPUT -p icmp --icmp-type echo-reply -j CNT
for i in 1 2 3 4; do ping -c 1 -W 1 127.0.0.1 >/dev/null; iptables -L OUTPUT -n -v -x | awk 'NR>2{printf "%s ", $1} END{print ""}'; done
ping -c 1 127.0.0.1 >/dev/null
iptables -L -n -v -x
iptables -S
