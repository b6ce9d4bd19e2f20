# iptables -S/-L/-L -n -v of many matches and targets (hashlimit, recent, conntrack, multiport, time, tos names, LOG flags...) and nft's translations
iptables -A INPUT -m hashlimit --hashlimit-upto 50/min --hashlimit-burst 10 --hashlimit-mode srcip,dstport --hashlimit-name h1 --hashlimit-htable-expire 30000 --hashlimit-srcmask 24
iptables -A INPUT -m hashlimit --hashlimit-above 1mb/s --hashlimit-mode dstip --hashlimit-name h2
iptables -A INPUT -m recent --rcheck --seconds 30 --reap --name R1 --rsource
iptables -A INPUT -m recent --remove --name R1 --rdest
iptables -A INPUT -m limit --limit 3/hour
iptables -A INPUT -m limit --limit 100/s --limit-burst 200
iptables -A INPUT -m conntrack --ctstate NEW,ESTABLISHED --ctproto tcp --ctorigsrc 10.0.0.0/8 --ctstatus ASSURED --ctexpire 10:100 --ctdir ORIGINAL
iptables -A INPUT -p tcp -m multiport ! --dports 1:1024,8080
iptables -A INPUT -p udp -m multiport --ports 53,67:68
iptables -A INPUT -m addrtype --dst-type BROADCAST --limit-iface-in
iptables -A INPUT -m statistic --mode nth --every 3 --packet 1
iptables -A INPUT -m statistic --mode random --probability 0.25
iptables -A INPUT -p tcp -m connlimit --connlimit-above 10 --connlimit-mask 24
iptables -A INPUT -m connbytes --connbytes 1000:2000 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m quota --quota 100000
iptables -A INPUT -m helper --helper ftp
iptables -A FORWARD -m physdev --physdev-in eth0 --physdev-is-bridged
iptables -A INPUT -m pkttype --pkt-type multicast
iptables -A INPUT -m time --timestart 09:00 --timestop 17:00 --weekdays Mon,Tue
iptables -A INPUT -m iprange ! --dst-range 10.0.0.1-10.0.0.9
iptables -A INPUT -m ttl --ttl-lt 5
iptables -A INPUT -m length ! --length 100
iptables -A INPUT -p icmp --icmp-type 3/4
iptables -A INPUT -p icmp ! --icmp-type echo-request
iptables -A INPUT -p icmp --icmp-type any
iptables -A INPUT -m state ! --state INVALID
iptables -A INPUT -m mark --mark 0x10/0xf0
iptables -A INPUT -m comment --comment 'a "quoted" comment'
iptables -A INPUT -m dscp ! --dscp 10
iptables -A INPUT -m tos --tos Minimize-Delay
iptables -A INPUT -m ecn --ecn-tcp-cwr -p tcp
iptables -A INPUT -f
iptables -A INPUT ! -f -s 1.2.3.4 ! -d 5.6.7.8/16 ! -i eth+ -p ! udp
iptables -A INPUT -j LOG --log-prefix "x " --log-level debug --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid
iptables -A INPUT -j NFLOG --nflog-group 2 --nflog-range 128 --nflog-threshold 4
iptables -A INPUT -j NFQUEUE --queue-num 3 --queue-bypass
iptables -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-cpu-fanout
iptables -t mangle -A OUTPUT -j TCPMSS --set-mss 1400 -p tcp --tcp-flags SYN,RST SYN
iptables -t mangle -A OUTPUT -j CLASSIFY --set-class 1:10
iptables -t mangle -A OUTPUT -j ECN --ecn-tcp-remove -p tcp
iptables -t mangle -A OUTPUT -j TTL --ttl-dec 1
iptables -t mangle -A OUTPUT -j CHECKSUM --checksum-fill -p udp
iptables -t raw -A OUTPUT -j CT --zone 3 --ctevents new,destroy
iptables -t nat -A OUTPUT -p udp -j DNAT --to-destination 10.0.0.1-10.0.0.3
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.1.1.1:100 --persistent
iptables -t nat -A POSTROUTING -j RETURN
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8000-8010 --random
for t in filter mangle raw nat; do iptables -t $t -S; iptables -t $t -L; iptables -t $t -L -n -v; done 2>&1
nft list ruleset 2>&1
