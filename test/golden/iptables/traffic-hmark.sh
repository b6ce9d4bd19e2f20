# HMARK: the mark is a hash of the packet's addresses and protocol (and ports
# for UDP), modulo --hmark-mod plus --hmark-offset; which of the mark rules
# counts the packets shows the value the kernel computed.
ip link set lo up
iptables -t mangle -A OUTPUT -p icmp -j HMARK --hmark-tuple src,dst,proto --hmark-rnd 0x1234 --hmark-mod 7 --hmark-offset 100
iptables -t mangle -A OUTPUT -p udp -j HMARK --hmark-tuple src,dst,sport,dport,proto --hmark-rnd 0xcafe --hmark-mod 5 --hmark-sport 7
for m in 100 101 102 103 104 105 106; do iptables -t mangle -A OUTPUT -p icmp -m mark --mark $m; done
for m in 0 1 2 3 4; do iptables -t mangle -A OUTPUT -p udp -m mark --mark $m; done
ping -c 1 127.0.0.1 > /dev/null
ping -c 1 127.0.0.2 > /dev/null
ping -c 1 127.3.4.5 > /dev/null
echo x | nc -u -w 1 -p 5000 127.0.0.1 53 2> /dev/null
echo x | nc -u -w 1 -p 5001 127.0.0.1 53 2> /dev/null
echo x | nc -u -w 1 -p 6000 127.0.0.9 4000 2> /dev/null
iptables -t mangle -L OUTPUT -n -v -x | awk '$1 != 0 || NR <= 2'
