iptables -A INPUT -m pkttype --pkt-type broadcast -j DROP
iptables -A INPUT -m pkttype ! --pkt-type unicast -j DROP
iptables -A INPUT -m pkttype --pkt-type MULTICAST -j DROP
iptables -A INPUT -m pkttype --pkt-type host -j DROP
iptables -A INPUT -m pkttype --pkt-type bogus -j DROP; echo "rc=$?"
iptables -A INPUT -m length --length 100 -j DROP
iptables -A INPUT -m length --length 0:1500 -j DROP
iptables -A INPUT -m length ! --length 1000: -j DROP
iptables -A INPUT -m length --length 70000 -j DROP; echo "rc=$?"
iptables -A INPUT -m length -j DROP; echo "rc=$?"
iptables -S
iptables -L
