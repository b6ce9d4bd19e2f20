# a firewall tutorial's rule set across filter/nat/mangle/raw: -S, -L -n -v --line-numbers, -x, save, nft's view
iptables -N web; iptables -N ssh-in
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80,443 -m comment --comment "web traffic" -j web
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -m recent --set --name SSH
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -m recent --update --seconds 60 --hitcount 4 --name SSH -j DROP
iptables -A INPUT -p tcp --dport 22 -j ssh-in
iptables -A web -m limit --limit 10/min --limit-burst 5 -j LOG --log-prefix "WEB: " --log-level 4
iptables -A web -m hashlimit --hashlimit-above 20/sec --hashlimit-mode srcip --hashlimit-name web -j DROP
iptables -A web -j ACCEPT
iptables -A ssh-in -s 192.168.0.0/16 -j ACCEPT
iptables -A ssh-in -m addrtype --src-type LOCAL -j ACCEPT
iptables -A ssh-in -m iprange --src-range 10.0.0.1-10.0.0.50 -j ACCEPT
iptables -A ssh-in -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT
iptables -A ssh-in -m ttl --ttl-gt 64 -j DROP
iptables -A ssh-in -m length --length 1000:1500 -j DROP
iptables -A ssh-in -p tcp --tcp-flags SYN,ACK,FIN,RST SYN -m tcpmss --mss 1:500 -j DROP
iptables -A ssh-in -m tos --tos 0x10 -j ACCEPT
iptables -A ssh-in -m dscp --dscp-class EF -j ACCEPT
iptables -A ssh-in -m pkttype --pkt-type broadcast -j DROP
iptables -A ssh-in -m connmark --mark 0x1/0xff -j ACCEPT
iptables -A ssh-in -m mark ! --mark 0x2 -j RETURN
iptables -A ssh-in -p tcp --tcp-option 8 -j ACCEPT
iptables -A ssh-in -m string --string "GET /admin" --algo bm -j REJECT
iptables -A ssh-in -m u32 --u32 "0>>22&0x3C@12>>26&0x3F=0x10" -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A OUTPUT -m owner --gid-owner 1000 -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-xmark 0x1/0xff
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class AF41
iptables -t mangle -A POSTROUTING -j TOS --set-tos 0x10
iptables -t mangle -A POSTROUTING -j TTL --ttl-set 64
iptables -t raw -A PREROUTING -p udp --dport 53 -j CT --notrack
iptables -t raw -A PREROUTING -p tcp --dport 21 -j CT --helper ftp
iptables -t raw -A OUTPUT -j NOTRACK
iptables -t raw -A PREROUTING -p icmp -j TRACE
iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.0.0.2:80-90 --persistent
iptables -t nat -A PREROUTING -p tcp --dport 2222 -j REDIRECT --to-ports 22
iptables -t nat -A POSTROUTING -s 10.0.0.0/24 -j SNAT --to-source 1.2.3.4-1.2.3.10:1000-2000 --random
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE --to-ports 1024-65535 --random-fully
iptables -A FORWARD -j NFLOG --nflog-group 5 --nflog-prefix "fw"
iptables -A FORWARD -j REJECT --reject-with icmp-admin-prohibited
for t in filter nat mangle raw; do iptables -t $t -S; iptables -t $t -L -n -v --line-numbers; done
iptables -L INPUT -n -x -v
iptables -L web
iptables-save | grep -v '^#'
nft list ruleset 2>&1
