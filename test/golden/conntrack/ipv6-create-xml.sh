# conntrack -I with IPv6 tuples (family taken from the addresses), mixed with an
# IPv4 entry in one table; -o xml names layer 3 "ipv6" with protonum 10.
conntrack -I -p tcp -s fd00::1 -d fd00::2 --sport 1 --dport 2 --state ESTABLISHED -t 50 -u ASSURED; echo rc=$?
conntrack -I -p tcp -s fd00::1 -d fd00::2 --sport 1 --dport 2 --state ESTABLISHED -t 50; echo rc=$?
conntrack -I -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 1 --dport 2 -t 50; echo rc=$?
conntrack -I -p udp -s 10.0.0.1 -d fd00::2 --sport 1 --dport 2 -t 50; echo rc=$?
M='s#<timeout>[0-9]+</timeout>#<timeout>T</timeout>#; s#<id>[0-9]+</id>#<id>N</id>#'
conntrack -L -f ipv6 2>&1 | sed -E 's/ 6 [0-9]+ / 6 T /'
conntrack -L -o xml -f ipv6 2>&1 | sed -E "$M"
conntrack -L -o xml -p udp 2>&1 | sed -E "$M"
conntrack -D -f ipv6 2>&1 | sed -E 's/ 6 [0-9]+ / 6 T /'
conntrack -L 2>&1 | sed -E 's/ 17 [0-9]+ / 17 T /'
