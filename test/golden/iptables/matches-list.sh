# Common match extensions as -L, -S and iptables-save render them.
iptables -A INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --sports 1024:65535 -m comment --comment "high ports" -j ACCEPT
iptables -A INPUT -p udp -m multiport --ports 53,67:68 -j ACCEPT
iptables -A INPUT -m iprange --src-range 10.0.0.10-10.0.0.20 -j ACCEPT
iptables -A INPUT -m iprange ! --dst-range 192.168.1.1-192.168.1.9 -j DROP
iptables -A INPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT
iptables -A INPUT -p icmp -m limit --limit 1/s --limit-burst 4 -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -m limit --limit 3/min -j LOG --log-prefix "SSH: "
iptables -A INPUT -p tcp --dport 22 -m recent --name ssh --set
iptables -A INPUT -p tcp --dport 22 -m recent --name ssh --update --seconds 60 --hitcount 4 -j DROP
iptables -A INPUT -m addrtype --dst-type BROADCAST -j DROP
iptables -A INPUT -m addrtype --src-type LOCAL --limit-iface-in -j ACCEPT
iptables -A INPUT -m comment --comment 'allow "quoted" stuff' -j ACCEPT
iptables -A INPUT -m state --state NEW,ESTABLISHED -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN,ACK,FIN,RST SYN -j ACCEPT
iptables -A INPUT -p tcp ! --syn -m state --state NEW -j DROP
iptables -A INPUT -m pkttype --pkt-type multicast -j DROP
iptables -A INPUT -p icmp --icmp-type 8/0 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type any -j ACCEPT
iptables -A INPUT -m length --length 1000:1500 -j DROP
iptables -A INPUT -m ttl --ttl-lt 5 -j DROP
iptables -A INPUT -m mark --mark 0x1/0xff -j ACCEPT
iptables -A INPUT -m connlimit --connlimit-above 10 -p tcp --dport 80 -j REJECT
iptables -L INPUT -n --line-numbers
iptables -L INPUT --line-numbers
iptables -S INPUT
iptables-save | grep -v '^#'
