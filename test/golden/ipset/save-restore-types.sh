# ipset save/restore with hash, bitmap, inet6 and list:set sets (list:set dumped last), -exist restore, xml, rename, flush, bitmap -exist create
ipset create a hash:ip; ipset create l list:set; ipset add l a
ipset create bp bitmap:port range 20-30; ipset add bp 22
ipset create b6 hash:net family inet6 comment; ipset add b6 2001:db8::/32 comment "doc"
ipset save > /tmp/s.txt; cat /tmp/s.txt | sed 's/initval 0x[0-9a-f]*/initval X/'
ipset destroy l; ipset destroy
ipset restore < /tmp/s.txt; echo rc=$?
ipset restore < /tmp/s.txt; echo rc=$?
ipset -exist restore < /tmp/s.txt; echo rc=$?
ipset list -n
ipset list -t bp
ipset -o xml list bp
ipset -o xml list l
ipset test bp 25; echo rc=$?
ipset del bp 22; ipset del bp 22; echo rc=$?
ipset -! del bp 22; echo rc=$?
ipset add bp 20-30; ipset list bp | tail -3
ipset flush; ipset list | grep -c Members
ipset rename bp bp2; ipset list -n
ipset create bi bitmap:ip range 192.168.0.0/30; ipset add bi 192.168.0.0/30; ipset list bi | tail -4
ipset -exist create bi bitmap:ip range 192.168.0.0/30; echo rc=$?
ipset -exist create bi bitmap:ip range 192.168.0.0/29; echo rc=$?
