# nft list of iptables-nft rules using more extensions: helper, realm, dscp, quota, esp/ah, sctp/dccp,
# ecn, NFLOG (native: no warning alone), NFQUEUE, CLASSIFY, DSCP/TOS, conntrack's other fields, hashlimit meters.
iptables -A INPUT -m helper --helper ftp -j ACCEPT
iptables -A INPUT -m helper ! --helper sip -j ACCEPT
iptables -A INPUT -m realm --realm 1 -j ACCEPT
iptables -A INPUT -m realm ! --realm 0x10/0xff -j ACCEPT
iptables -A INPUT -m dscp --dscp 10 -j ACCEPT
iptables -A INPUT -m dscp ! --dscp-class EF -j ACCEPT
iptables -A INPUT -m quota --quota 1000 -j ACCEPT
iptables -A INPUT -m quota ! --quota 5 -j ACCEPT
iptables -A INPUT -p esp -m esp --espspi 5 -j ACCEPT
iptables -A INPUT -p esp -m esp --espspi 5:10 -j ACCEPT
iptables -A INPUT -p esp -m esp ! --espspi 7 -j ACCEPT
iptables -A INPUT -p ah -m ah --ahspi 5:9 -j ACCEPT
iptables -A INPUT -p sctp -m sctp --sport 1:5 --dport 80 -j ACCEPT
iptables -A INPUT -p sctp -m sctp ! --dport 80 -j ACCEPT
iptables -A INPUT -p sctp -m sctp --chunk-types any INIT -j ACCEPT
iptables -A INPUT -p dccp -m dccp --sport 7 -j ACCEPT
iptables -A INPUT -p dccp -m dccp --dccp-types REQUEST,RESPONSE -j ACCEPT
iptables -A INPUT -p tcp -m ecn --ecn-tcp-cwr -j ACCEPT
iptables -A INPUT -p tcp -m ecn --ecn-tcp-ece -j ACCEPT
iptables -A INPUT -m ecn --ecn-ip-ect 1 -j ACCEPT
iptables -A INPUT -j NFLOG
iptables -A INPUT -j NFLOG --nflog-group 5 --nflog-prefix "a b" --nflog-range 100 --nflog-threshold 2
iptables -A INPUT -j NFLOG --nflog-size 200
iptables -A INPUT -j NFQUEUE
iptables -A INPUT -j NFQUEUE --queue-num 3
iptables -A INPUT -j NFQUEUE --queue-balance 2:5 --queue-bypass --queue-cpu-fanout
iptables -A INPUT -j NFQUEUE --queue-num 4 --queue-bypass
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:1
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 10:ffff
iptables -t mangle -A PREROUTING -j DSCP --set-dscp 10
iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class AF41
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x10
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x10/0x3f
iptables -t mangle -A PREROUTING -j TOS --and-tos 0x0f
iptables -t mangle -A PREROUTING -j TTL --ttl-set 64
iptables -t mangle -A PREROUTING -j TTL --ttl-dec 1
iptables -t mangle -A PREROUTING -j TTL --ttl-inc 2
iptables -A INPUT -m conntrack --ctdir ORIGINAL -j ACCEPT
iptables -A INPUT -m conntrack --ctdir REPLY -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 10 -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 10:20 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.1 -j ACCEPT
iptables -A INPUT -m conntrack ! --ctorigdst 10.0.0.0/8 -j ACCEPT
iptables -A INPUT -m conntrack --ctreplsrc 1.2.3.4 --ctrepldst 5.6.7.8 -j ACCEPT
iptables -A INPUT -m conntrack --ctproto tcp --ctorigsrcport 1 --ctorigdstport 80 --ctreplsrcport 8080 --ctrepldstport 5 -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus ASSURED,SEEN_REPLY -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW --ctstatus CONFIRMED -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-mode srcip --hashlimit-name hl -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-above 10/min --hashlimit-burst 3 --hashlimit-mode srcip,dstport --hashlimit-name h2 -j DROP
iptables -A INPUT -m hashlimit --hashlimit-upto 100/hour --hashlimit-name h3 -j ACCEPT
nft list ruleset
iptables -t raw -A OUTPUT -j NFLOG --nflog-group 2
iptables -t raw -A OUTPUT -p udp -j NFLOG --nflog-prefix p --nflog-size 64 --nflog-threshold 3
nft list table ip raw
iptables -t mangle -A OUTPUT -j TOS --or-tos 0x08
iptables -t mangle -A OUTPUT -j TOS --xor-tos 0x04
iptables -A FORWARD -m realm --realm 0x10/0xff -j ACCEPT
iptables -A FORWARD -m realm ! --realm 3 -j ACCEPT
iptables -A FORWARD -p dccp -m dccp --dccp-types SYNC -j ACCEPT
iptables -A FORWARD -p dccp -m dccp --dport 5:6 --dccp-types ACK -j ACCEPT
iptables -A FORWARD -m conntrack --ctorigsrc 10.0.0.0/255.0.255.0 -j ACCEPT
iptables -A FORWARD -m conntrack ! --ctstatus ASSURED -j ACCEPT
iptables -A FORWARD -m conntrack ! --ctdir REPLY -j ACCEPT
iptables -A FORWARD -m hashlimit --hashlimit-upto 1/hour --hashlimit-mode dstip,srcport --hashlimit-name h4 --hashlimit-htable-expire 5000 -j ACCEPT
iptables -A FORWARD -m hashlimit --hashlimit-upto 7/day --hashlimit-mode srcip --hashlimit-srcmask 24 --hashlimit-name h6 -j ACCEPT
nft list chain ip filter FORWARD
nft list chain ip mangle OUTPUT
