# ipset hash:ip,port,ip / hash:ip,port,net / hash:net,port / hash:net,iface (hash:ip,mark: no kernel module): add, list, save, test, bad input
ipset create lb hash:ip,port,ip
ipset add lb 10.0.0.2,tcp:80,10.0.0.2
ipset add lb 10.0.0.3,udp:53,10.0.0.3
ipset add lb 10.0.0.4,80,10.0.0.4
ipset create lbn hash:ip,port,net
ipset add lbn 10.0.0.2,tcp:80,10.0.0.0/24
ipset add lbn 10.0.0.2,tcp:80,10.1.0.0/16 nomatch
ipset create np hash:net,port
ipset add np 192.168.0.0/24,tcp:22
ipset add np 192.168.1.0/24,udp:1000-1002
ipset add np 10.0.0.1,icmp:echo-request
ipset create ni hash:net,iface
ipset add ni 10.0.0.0/8,eth0
ipset add ni 192.168.0.0/16,physdev:br0
ipset add ni 0.0.0.0/0,lo
ipset create im hash:ip,mark
ipset add im 10.0.0.1,0x10
ipset add im 10.0.0.2,32
ipset create im2 hash:ip,mark markmask 0xff
ipset add im2 10.0.0.1,0x110
ipset list
ipset save
ipset test lb 10.0.0.2,tcp:80,10.0.0.2; echo rc=$?
ipset test lb 10.0.0.2,tcp:81,10.0.0.2; echo rc=$?
ipset test np 192.168.0.5,tcp:22; echo rc=$?
ipset test ni 10.1.2.3,eth0; echo rc=$?
ipset test ni 10.1.2.3,eth1; echo rc=$?
ipset test im2 10.0.0.1,0x10; echo rc=$?
ipset add ni 10.0.0.0/33,eth0
ipset add ni 10.0.0.0/8
ipset add ni 10.0.0.0/8,averyveryverylongname0
ipset add lb 10.0.0.2,tcp:80
ipset add im 10.0.0.1
ipset create bad hash:net,iface family inet6 
ipset list ni -t
