# ipset: create/add/del/test/list/save/restore/rename/swap/flush/destroy, errors and exit codes
ipset create s1 hash:ip; echo "rc=$?"
ipset add s1 10.0.0.1; ipset add s1 10.0.0.2; ipset add s1 10.0.0.3
ipset add s1 10.0.0.1; echo "rc=$?"
ipset -exist add s1 10.0.0.1; echo "rc=$?"
ipset test s1 10.0.0.1; echo "rc=$?"
ipset test s1 10.0.0.9; echo "rc=$?"
ipset del s1 10.0.0.9; echo "rc=$?"
ipset -! del s1 10.0.0.9; echo "rc=$?"
ipset del s1 10.0.0.3; echo "rc=$?"
ipset list s1; echo "rc=$?"
ipset list nosuch; echo "rc=$?"
ipset create s1 hash:ip; echo "rc=$?"
ipset -exist create s1 hash:ip; echo "rc=$?"
ipset -exist create s1 hash:ip maxelem 5; echo "rc=$?"
ipset create s2 hash:net timeout 300 counters comment maxelem 1000 hashsize 64 family inet; echo "rc=$?"
ipset add s2 192.168.0.0/24 timeout 100 packets 5 bytes 300 comment "hello world"; echo "rc=$?"
ipset add s2 10.1.0.0/16
ipset test s2 10.1.2.3; echo "rc=$?"
ipset test s2 10.1.0.0/17; echo "rc=$?"
ipset list
ipset list -terse
ipset list -name
ipset -o save list s2
ipset save
ipset create p hash:ip,port hashsize 100; ipset add p 1.2.3.4,tcp:80; ipset add p 1.2.3.4,udp:53; ipset add p 1.2.3.4,8080
ipset list p
ipset test p 1.2.3.4,80; echo "rc=$?"
ipset add p 1.2.3.4; echo "rc=$?"
ipset add p 1.2.3.4,99999; echo "rc=$?"
ipset add s1 1.2.3.4 timeout 5; echo "rc=$?"
ipset add s1 1.2.3.4 comment foo; echo "rc=$?"
ipset add s1 300.1.1.1; echo "rc=$?"
ipset add s2 10.0.0.0/33; echo "rc=$?"
ipset create m hash:ip maxelem 2; ipset add m 1.1.1.1; ipset add m 1.1.1.2; ipset add m 1.1.1.3; echo "rc=$?"
ipset create y hash:foo; echo "rc=$?"
ipset create q hash:ip bogus; echo "rc=$?"
ipset rename s1 s3; echo "rc=$?"
ipset rename s3 s2; echo "rc=$?"
ipset rename nosuch q; echo "rc=$?"
ipset swap s3 s2; echo "rc=$?"
ipset swap s3 nosuch; echo "rc=$?"
ipset swap s3 m; echo "rc=$?"
ipset list -n
ipset flush s3; echo "rc=$?"
ipset list -t s3
ipset restore <<'X'
create c hash:ip
add c 1.1.1.1
add c 1.1.1.1
X
echo "rc=$?"
ipset -exist restore <<'X'
add c 1.1.1.1
add c 1.1.1.2
X
echo "rc=$?"
ipset save c
ipset destroy nosuch; echo "rc=$?"
ipset create; echo "rc=$?"
ipset create q; echo "rc=$?"
ipset add s3; echo "rc=$?"
ipset bogus; echo "rc=$?"
ipset; echo "rc=$?"
ipset version; echo "rc=$?"
ipset destroy; echo "rc=$?"
ipset list; echo "rc=$?"
