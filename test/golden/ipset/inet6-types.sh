# ipset family inet6: hash:ip/net/ip,port/net,port sizes, prefixes, nomatch, parse errors, families, xml
for t in hash:ip hash:net hash:ip,port hash:net,port; do
for o in "" "timeout 10" "counters comment"; do
ipset create s $t family inet6 $o; ipset list s | grep Size
[ "$t" = hash:ip ] && ipset add s 2001:db8::1 || { [ "$t" = hash:net ] && ipset add s 2001:db8::/64 || { [ "$t" = hash:ip,port ] && ipset add s 2001:db8::1,tcp:80 || ipset add s 2001:db8::/64,udp:53; }; }
ipset list s | grep Size; ipset destroy s
done; done
ipset create s hash:net family inet6
ipset add s 2001:db8::/48; ipset add s ::/0; echo rc=$?; ipset add s 2001:db8::/129; echo rc=$?
ipset add s 2001:db8::1; ipset add s 2001:DB8:0:0::5/128; ipset add s fe80::1%eth0; echo rc=$?
ipset add s 2001:db8:1::/64 nomatch
ipset add s 2001:db8:1::/64; echo rc=$?
ipset add s 2001:db8::1-2001:db8::4; echo rc=$?
ipset list s
ipset test s 2001:db8:0:5::1; echo rc=$?
ipset test s 2001:db8:1::1; echo rc=$?
ipset save s
ipset create h hash:ip family inet6 hashsize 64 timeout 0; ipset add h ::1; ipset add h ::ffff:1.2.3.4; ipset add h 2001:db8::/126; echo rc=$?; ipset add h 1.2.3.4; echo rc=$?; ipset add h foo; echo rc=$?
ipset list h
ipset create h4 hash:ip; ipset add h4 ::1; echo rc=$?
ipset swap h h4; echo rc=$?
ipset -o xml list h
ipset create h hash:ip family inet6 timeout 10; echo rc=$?
ipset -exist create h hash:ip family inet6 hashsize 64 timeout 0; echo rc=$?
ipset create bad hash:ip family ipv6; echo rc=$?
ipset create bad hash:ip family inet7; echo rc=$?
ipset create b6 bitmap:ip range ::1-::5; echo rc=$?
ipset create p6 hash:ip,port family inet6; ipset add p6 [2001:db8::1],80; echo rc=$?; ipset add p6 2001:db8::1,icmpv6:echo-request; ipset add p6 2001:db8::2,icmp:echo-request; echo rc=$?; ipset add p6 2001:db8::3,udp:1-3; ipset list p6
