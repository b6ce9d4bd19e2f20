# bitmap:ip (ranges, netmask, timeout/counters/comment sizes), bitmap:port, bitmap:ip,mac: create/add/del/test/list/save and their errors
for r in 10.0.0.0/24 10.0.0.0/16 10.0.0.0-10.0.0.9 10.0.0.0/30; do ipset create b bitmap:ip range $r; ipset list b | grep -E 'Header|Size'; ipset destroy b; done
ipset create b bitmap:ip range 10.0.0.0/24 timeout 10; ipset list b | grep -E 'Header|Size'; ipset destroy b
ipset create b bitmap:ip range 10.0.0.0/24 counters comment; ipset add b 10.0.0.1 comment "hi"; ipset list b | grep -E 'Header|Size'; ipset destroy b
ipset create b bitmap:ip range 10.0.0.0/16 netmask 24; ipset add b 10.0.3.7; ipset list b; ipset test b 10.0.3.99; echo rc=$?; ipset add b 10.0.3.8; echo rc=$?; ipset destroy b
ipset create b bitmap:ip 10.0.0.0/24; echo rc=$?
ipset create b bitmap:ip range 10.0.0.0/8; echo rc=$?
ipset create b bitmap:ip range 10.0.0.0/15; echo rc=$?
ipset create b bitmap:ip range 10.0.0.0/16; echo rc=$?; ipset destroy b
ipset create b bitmap:ip range foo; echo rc=$?
ipset create b bitmap:ip range 10.0.0.0/24 family inet6; echo rc=$?
ipset create b bitmap:ip range 10.0.0.0/24 hashsize 64; echo rc=$?
ipset create b bitmap:ip range 10.0.0.0/24 maxelem 64; echo rc=$?
ipset create b bitmap:ip range 10.0.0.9-10.0.0.1; echo rc=$?
ipset list b
ipset add b 10.0.0.1-10.0.0.4; echo rc=$?; ipset add b 10.0.0.8/30; ipset add b 10.0.0.2; echo rc=$?
ipset del b 10.0.0.50; echo rc=$?
ipset del b 10.0.2.50; echo rc=$?
ipset test b 10.0.2.50; echo rc=$?
ipset add b 10.0.0.0/8; echo rc=$?
ipset list b
for r in 1-1024 0-65535 1000-1000 80-90; do ipset create p bitmap:port range $r; ipset list p | grep -E 'Header|Size'; ipset destroy p; done
ipset create p bitmap:port range 1-100 timeout 5 counters
ipset add p 10-12; ipset add p udp:20; echo rc=$?; ipset add p 200; echo rc=$?; ipset add p foo; echo rc=$?; ipset add p http; echo rc=$?
ipset test p 11; echo rc=$?; ipset test p 13; echo rc=$?
ipset list p; ipset save p
ipset create p2 bitmap:port; echo rc=$?
ipset create p2 bitmap:port range 100-1; echo rc=$?; ipset list p2 | grep Header
ipset create m bitmap:ip,mac range 10.0.0.0/28; ipset list m | grep -E 'Header|Size'
ipset add m 10.0.0.1; ipset add m 10.0.0.2,02:00:00:00:00:01; ipset add m 10.0.0.3,zz; echo rc=$?
ipset add m 10.0.0.2,02:00:00:00:00:02; echo rc=$?
ipset test m 10.0.0.2; echo rc=$?; ipset test m 10.0.0.2,02:00:00:00:00:02; echo rc=$?; ipset test m 10.0.0.2,02:00:00:00:00:01; echo rc=$?
ipset list m; ipset save m
ipset create nw bitmap:ip range 10.0.0.0/24 netmask 23; echo rc=$?
ipset create nw bitmap:ip range 10.0.0.0/24 netmask 33; echo rc=$?
ipset create nw bitmap:ip range 10.0.0.0/16 netmask 24 timeout 5; ipset add nw 10.0.5.0/23; ipset list nw
ipset create bp bitmap:port range 0-100; ipset add bp 0; ipset add bp 50-60; ipset del bp 55; ipset test bp 55; echo rc=$?; ipset list bp | tail -12
ipset create ti bitmap:ip range 10.0.0.0/24 timeout 100; ipset add ti 10.0.0.1 timeout 0; ipset add ti 10.0.0.2 timeout 50; ipset -exist add ti 10.0.0.2 timeout 70; ipset list ti | tail -2
