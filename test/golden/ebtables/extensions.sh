# ebtables' ip, mark and mark_m extensions: parse errors, the kernel's refusals
# (ip without -p IPv4, ports without a port protocol), -L/save forms, and how
# nft 1.0.6 translates the compat expressions (its warning goes to stderr).
ebtables -A FORWARD -p IPv4 --ip-src 10.0.0.1 -j ACCEPT
ebtables -A FORWARD -p IPv4 --ip-dst ! 10.0.0.0/8 -j ACCEPT
ebtables -A FORWARD -p IPv4 --ip-src 10.0.0.0/255.255.0.0 --ip-dst 1.2.3.4/32 -j DROP
ebtables -A FORWARD -p IPv4 --ip-tos 0x10 -j ACCEPT
ebtables -A FORWARD -p IPv4 --ip-protocol tcp --ip-dport 1024:4096 -j ACCEPT
ebtables -A FORWARD -p IPv4 --ip-proto icmp -j DROP
ebtables -A FORWARD -p IPv4 --ip-proto 17 --ip-sport ! 53 -j DROP
ebtables -A FORWARD -p IPv4 --ip-proto ! udp -j DROP
ebtables -A FORWARD --ip-src 1.2.3.4 -j DROP; echo rc=$?
ebtables -A FORWARD -p IPv4 --ip-sport 53 -j DROP; echo rc=$?
ebtables -A FORWARD -p IPv4 --ip-src 1.2.3 -j DROP; echo rc=$?
ebtables -A FORWARD -p IPv4 --ip-src foo -j DROP; echo rc=$?
ebtables -A FORWARD -p IPv4 --ip-proto foo -j DROP; echo rc=$?
ebtables -A FORWARD -p ip --ip-src 1.2.3.4 -j DROP; echo rc=$?
ebtables -A FORWARD -p ! IPv4 --ip-src 1.2.3.4 -j DROP; echo rc=$?
ebtables -A FORWARD -j mark --mark-set 0x23 --mark-target ACCEPT; echo rc=$?
ebtables -A FORWARD --mark-set 7 ; echo rc=$?
ebtables -A FORWARD --mark-or 7 -j mark; echo rc=$?
ebtables -A FORWARD --mark 0x5/0xf -j ACCEPT; echo rc=$?
ebtables -A FORWARD --mark ! 5 -j ACCEPT; echo rc=$?
ebtables -L
ebtables-save | grep -v '^#'
nft list ruleset
for r in "-p IPv4 --ip-src 10.0.0.1 -j ACCEPT" "-p IPv4 --ip-tos 0x10 -j ACCEPT" "-p IPv4 --ip-tos 4 -j ACCEPT" "-p IPv4 --ip-proto tcp --ip-dport 80 -j ACCEPT" "-j mark --mark-set 0x23 --mark-target ACCEPT" "--mark-set 7" "--mark-or 7 --mark-target DROP" "--mark 0x5/0xf -j ACCEPT" "--mark ! 5 -j ACCEPT" "--mark /0x3 -j ACCEPT" "-j mark --mark-and 0xf0 --mark-target CONTINUE" "-p IPv4 --ip-proto ! udp --ip-tos ! 0x20 --ip-dst 1.2.3.0/255.255.0.255 -j ACCEPT" "-p IPv4 --ip-proto udp --ip-sport 53 --ip-dport ! 1:2 -j ACCEPT"; do
ebtables --init-table
ebtables -A FORWARD $r
nft list ruleset | grep -v "^table\|chain\|type filter\|}\|Warning"
done
for r in "-p IPv4 --ip-proto icmp --ip-icmp-type echo-request -j DROP" "-p IPv4 --ip-proto icmp --ip-icmp-type 1/1" "-p IPv4 --ip-proto icmp --ip-icmp-type ! 1:10" "-p IPv4 --ip-proto icmp --ip-icmp-type 3/1:3" "-p IPv4 --ip-proto icmp --ip-icmp-type e" "-p IPv4 --ip-proto icmp --ip-icmp-type foo" "-p IPv4 --ip-proto icmp --ip-icmp-type 300" "-p IPv4 --ip-proto icmp --ip-icmp-type 3/x" "-p IPv4 --ip-proto icmp --ip-icmp-type 3x" "-p IPv4 --ip-proto tcp --ip-icmp-type 3" "-p IPv4 --ip-proto icmp --ip-icmp-type destination-unreachable"; do
ebtables -A FORWARD $r; echo "rc=$?"
done
ebtables -L FORWARD
nft list ruleset 2>&1
while read -r r; do
ebtables -A FORWARD $r; echo "rc=$?"
done <<'X'
--pkttype-type host
--pkttype-type ! broadcast
--pkttype-type multicast -j DROP
--pkttype-type 3
--pkttype-type 10
--pkttype-type foo
-p ARP --arp-op Request
-p ARP --arp-op ! 2 -j ACCEPT
-p ARP --arp-htype ! 1
-p ARP --arp-htype Ethernet
-p ARP --arp-ptype 0x2
-p ARP --arp-ptype IPv4
-p ARP --arp-ip-src 1.2.3.4
-p ARP ! --arp-ip-dst 1.2.3.4
-p ARP --arp-ip-dst ! 0.0.0.0/8
-p ARP --arp-ip-src ! 1.2.3.4/255.0.255.255
-p ARP --arp-mac-src 00:de:ad:be:ef:00
-p ARP --arp-mac-dst de:ad:be:ef:00:00/ff:ff:ff:ff:00:00
-p ARP --arp-gratuitous
-p ARP ! --arp-gratuitous -j DROP
-p ARP --arp-op foo
-p ARP --arp-htype x
-p ARP --arp-mac-src zz
-p ARP --arp-op 1 --arp-op 2
--arp-htype 1
-p RARP --arp-op Reply
X
ebtables -L FORWARD
ebtables-save | grep -v '^#'
nft list ruleset 2>&1
ebtables -A FORWARD --pkttype-type outgoing
ebtables -A FORWARD --pkttype-type ! loopback
ebtables -A FORWARD --pkttype-type fastroute
nft list ruleset 2>/dev/null | grep pkttype
while read -r r; do
ebtables -A FORWARD $r; echo "rc=$?"
done <<'X'
-p 802_1Q --vlan-id 42
-p 802_1Q --vlan-id ! 42 -j DROP
-p 802_1Q --vlan-prio 1
-p 802_1Q --vlan-prio ! 7
-p 802_1Q --vlan-encap ip
-p 802_1Q --vlan-encap ! 0800
-p 802_1Q --vlan-encap IPv6 ! --vlan-id 1
-p 802_1Q --vlan-id 1 --vlan-prio 2 --vlan-encap 0x88cc -j ACCEPT
-p 802_1Q --vlan-id 4095
-p 802_1Q --vlan-prio 8
-p 802_1Q --vlan-encap 3b
-p 802_1Q --vlan-encap foo
-p 802_1Q --vlan-id 1 --vlan-id 2
--vlan-id 2
X
ebtables -L FORWARD
nft list ruleset 2>&1
ebtables -A FORWARD --pkttype-type host
nft list ruleset >/dev/null
ebtables -F
ebtables -A FORWARD -p 802_1Q --vlan-id 1 --vlan-prio 2
ebtables -A FORWARD -p 802_1Q --vlan-prio 2 --vlan-encap ip
nft list ruleset
while read -r r; do
ebtables -A FORWARD $r; echo "rc=$?"
done <<'X'
-p Length --802_3-sap ! 0x0a -j CONTINUE
-p Length --802_3-type 0x000a -j RETURN
-p LENGTH --802_3-sap 42 --802_3-type 88cc
--802_3-sap 0x0a
-p Length --802_3-sap 0x100
-p Length --802_3-sap zz
-p Length --802_3-type 1g
X
ebtables -L FORWARD
nft list ruleset 2>&1
while read -r r; do
ebtables -t nat -A $r; echo "rc=$?"
done <<'X'
PREROUTING -i someport -j dnat --to-dst de:ad:0:be:ee:ff
PREROUTING -j dnat --to-dst de:ad:00:be:ee:ff --dnat-target CONTINUE
POSTROUTING -o someport -j snat --to-source a:b:c:d:e:f
POSTROUTING -o someport+ -j snat --to-src de:ad:00:be:ee:ff --snat-target CONTINUE --snat-arp
PREROUTING -j redirect
PREROUTING -j redirect --redirect-target RETURN
PREROUTING --redirect-target DROP
PREROUTING -j dnat
PREROUTING -j dnat --to-dst xx
PREROUTING -j dnat --to-dst 1:2:3:4:5:6 --dnat-target FOO
POSTROUTING -j dnat --to-dst 1:2:3:4:5:6
PREROUTING -j snat --to-src 1:2:3:4:5:6
OUTPUT -j dnat --to-dst 1:2:3:4:5:6
X
ebtables -A FORWARD -j dnat --to-dst 1:2:3:4:5:6; echo rc=$?
ebtables -t nat -L
nft list ruleset 2>&1
ebtables -A FORWARD --among-dst de:ad:0:be:ee:ff,c0:ff:ee:0:ba:be -j DROP
ebtables -A FORWARD --among-src ! c0:ff:ee:0:ba:be=192.168.1.1,de:ad:0:be:ee:ff=10.0.0.1
ebtables -A FORWARD --among-src de:ad:0:be:ee:ff --among-dst ! c0:ff:ee:0:ba:be=192.168.1.1
ebtables -A FORWARD --among-src c0:ff:ee:0:ba:be=192.168.1.1,de:ad:0:be:ee:ff
ebtables -A FORWARD --among-src 00:11=10.0.0.1; echo rc=$?
ebtables -A FORWARD --among-src de:ad:0:be:ee:ff=10.256.0.1; echo rc=$?
ebtables -A FORWARD --among-src; echo rc=$?
ebtables -A FORWARD --among-src ""; echo rc=$?
ebtables -A FORWARD --among-src a:b:c:d:e:f,a:b:c:d:e:f -j ACCEPT; echo rc=$?
ebtables -L FORWARD
nft list ruleset
ebtables -A FORWARD --limit 100 --limit-burst 42 -j ACCEPT
ebtables -A FORWARD --limit 1000 -j ACCEPT
ebtables -A FORWARD --limit 3/min -p IPv4 -j DROP
ebtables -A FORWARD --limit-burst 7
ebtables -A FORWARD --limit ! 3; echo rc=$?
ebtables -A FORWARD --limit x; echo rc=$?
ebtables -A FORWARD --limit-burst 10001; echo rc=$?
ebtables -L FORWARD
nft list ruleset
