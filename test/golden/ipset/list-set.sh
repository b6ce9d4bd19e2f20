# list:set: before/after, references held by members and rules, sizes, loops, swap; types this kernel lacks
ipset create a hash:ip; ipset create b hash:net; ipset create c hash:ip
for s in 4 8 1; do ipset create l list:set size $s; ipset list l | grep -E 'Header|Size'; ipset destroy l; done
ipset create l list:set; ipset list l | grep -E 'Header|Size'
ipset create l2 list:set size 2 timeout 30 counters comment; ipset list l2 | grep -E 'Header|Size'
ipset add l2 a comment "x y"; ipset list l2
ipset add l a; ipset add l b; ipset add l c before a; echo rc=$?; ipset list l | tail -4
ipset add l c after b; echo rc=$?
ipset del l c; ipset add l c after a; echo rc=$?; ipset list l | tail -4
ipset add l nosuch before a; echo rc=$?
ipset add l c before nosuch; echo rc=$?
ipset del l a before b; echo rc=$?
ipset del l a before c; echo rc=$?
ipset test l a before c; echo rc=$?
ipset test l c after a; echo rc=$?
ipset test l c; echo rc=$?
ipset test l nosuch; echo rc=$?
ipset add l a foo b; echo rc=$?
ipset add l a before; echo rc=$?
ipset list -t
ipset save
ipset create f list:set size 1; ipset add f a; ipset add f b; echo rc=$?
iptables -A INPUT -m set --match-set l src -j DROP; echo rc=$?
ipset add a 10.1.1.1
ipset list l | grep Ref; ipset list a | grep Ref
ipset destroy l; echo rc=$?
ipset destroy b; echo rc=$?
ipset flush l; ipset destroy b; echo rc=$?
ipset swap l f; echo rc=$?
ipset swap a l; echo rc=$?
ipset create l3 list:set family inet; echo rc=$?
ipset create l3 list:set hashsize 64; echo rc=$?
ipset create x hash:mac; echo rc=$?
ipset create x hash:ip,mac; echo rc=$?
ipset create x hash:net,net; echo rc=$?
ipset create x bitmap:foo; echo rc=$?
iptables -S
ipset create a hash:ip; ipset create b hash:net; ipset create c hash:ip; ipset create d hash:ip; ipset create e hash:ip
ipset create l list:set size 4; ipset add l a; ipset add l b; ipset add l c; ipset add l d; ipset add l e; echo rc=$?
ipset del l b; ipset destroy b; echo rc=$?
ipset flush l; ipset destroy c; echo rc=$?
sleep 1; ipset destroy c; echo rc=$?
ipset add l a; ipset destroy l; echo rc=$?; ipset destroy a; echo rc=$?
ipset create l list:set; ipset add l l; echo rc=$?
ipset create l2 list:set; ipset add l l2; echo rc=$?
ipset add l d timeout 5; echo rc=$?
ipset add l; echo rc=$?
ipset add l d,e; echo rc=$?
