# ipset: option arguments, timeout range, -f files, port ranges, ICMP names
ipset create x hash:ip family; echo rc=$?
ipset create x hash:ip hashsize; echo rc=$?
ipset create x hash:ip maxelem; echo rc=$?
ipset create x hash:ip timeout; echo rc=$?
ipset create x hash:ip timeout -1; echo rc=$?
ipset create x hash:ip timeout 2147484; echo rc=$?
ipset create x hash:ip timeout 2147483; echo rc=$?
ipset add x 1.1.1.1 timeout; echo rc=$?
ipset add x 1.1.1.1 timeout 9999999; echo rc=$?
ipset add x 1.1.1.1 timeout abc; echo rc=$?
ipset create z hash:net,port
ipset add z 1.2.3.0/24,80-83; echo rc=$?
ipset add z 1.2.3.0/24,udp:100-98; echo rc=$?
ipset add z 1.2.3.0/24,icmp:foo; echo rc=$?
ipset add z 1.2.3.0/24,icmp:echo-request; echo rc=$?
ipset test z 1.2.3.4,tcp:80-90; echo rc=$?
ipset test z 1.2.3.4,82; echo rc=$?
ipset del z 1.2.3.0/24,81-82; echo rc=$?
ipset list z | sed -n '/Members/,$p'
ipset create p hash:ip,port
ipset add p 10.0.0.1-10.0.0.2,tcp:5-6; echo rc=$?
ipset save p
ipset save -f /nonexist/x; echo rc=$?
ipset save z -f /tmp/z.save; echo rc=$?
cat /tmp/z.save | sed 's/initval 0x[0-9a-f]*/initval X/'
ipset list -f /tmp/l.txt -t; echo rc=$?; sed 's/initval 0x[0-9a-f]*/initval X/' /tmp/l.txt
ipset destroy z
ipset restore -f /tmp/z.save; echo rc=$?
ipset list z -t | grep entries
ipset restore -f /nonexist; echo rc=$?
ipset restore -f; echo rc=$?
ipset list -f; echo rc=$?
ipset restore -f /nonexist; echo rc=$?
ipset restore -f /etc; echo rc=$?
ipset -f /nonexist restore; echo rc=$?
ipset create a hash:ip bucketsize 4 initval 0x11223344; echo rc=$?
ipset list a | grep Header
ipset create b hash:ip bucketsize 3; echo rc=$?; ipset list b | grep Header
ipset create c hash:ip bucketsize 20; echo rc=$?; ipset list c | grep Header
ipset create d hash:ip initval 5; echo rc=$?; ipset list d | grep Header
