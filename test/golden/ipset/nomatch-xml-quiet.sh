# ipset: nomatch entries (list/save/test/-exist, packets through -m set), -q, -o xml, -o errors
ipset create b hash:net counters comment timeout 0
ipset add b 10.0.0.0/8 nomatch
ipset add b 10.1.0.0/16
ipset add b 10.1.2.0/24 nomatch comment "x y"
ipset test b 10.1.2.3; echo rc=$?
ipset test b 10.1.3.3; echo rc=$?
ipset test b 10.2.3.3; echo rc=$?
ipset test b 10.0.0.0/8; echo rc=$?
ipset test b 10.0.0.0/8 nomatch; echo rc=$?
ipset -q test b 10.2.3.3; echo rc=$?
ipset -q test b 10.1.3.3; echo rc=$?
ipset -q add b 10.1.0.0/16; echo rc=$?
ipset -q list nosuch; echo rc=$?
ipset -q bogus; echo rc=$?
ipset -q create c hash:ip; echo rc=$?
ipset add b 10.1.0.0/16 nomatch; echo rc=$?
ipset -! add b 10.1.0.0/16 nomatch; echo rc=$?
ipset list b
ipset save b
ipset -o xml list b
ipset -o xml list -t b
ipset -o xml list -n
ipset -o xml save b; echo rc=$?
ipset -o xml list
ipset -o foo list; echo rc=$?
ipset list -o; echo rc=$?
ipset create i hash:ip
ipset add i 1.2.3.4 nomatch; echo rc=$?
ipset create p hash:net,port
ipset add p 10.0.0.0/8,tcp:80 nomatch; echo rc=$?
ipset test p 10.1.1.1,tcp:80; echo rc=$?
ipset list p | tail -1
ipset del b 10.1.2.0/24; echo rc=$?
ipset list b | tail -3
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.9.0.1/24 dev va; ip link set va up
ip -n a addr add 10.9.0.2/24 dev vb; ip -n a addr add 10.9.0.3/24 dev vb; ip -n a link set vb up
ipset create blk hash:net counters
ipset add blk 10.9.0.0/16
ipset add blk 10.9.0.2 nomatch
iptables -A OUTPUT -m set --match-set blk dst -j DROP
ping -c 1 -W 1 10.9.0.2 | grep -c "1 received"
ping -c 1 -W 1 10.9.0.3 2>&1 | head -2
ipset list blk | tail -2
iptables -L OUTPUT -v -n -x
ipset test blk 10.9.0.2; echo rc=$?
ipset test blk 10.9.0.2 nomatch; echo rc=$?
ipset -! add blk 10.9.0.2
ping -c 1 -W 1 10.9.0.2 2>&1 | head -2
ipset list blk -o xml | grep member | sort
