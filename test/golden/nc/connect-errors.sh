# nc -zv failures: no neighbour, no route, DROP (timeout with -w), REJECT variants, bad -s, -p with -s, ranges, service names with dashes, unknown names, bad options
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a nc -zv 10.0.0.3 80; echo rc=$?
ip netns exec a nc -zv 192.168.9.9 80; echo rc=$?
ip netns exec b iptables -A INPUT -p tcp --dport 81 -j DROP
ip netns exec a nc -zv -w 2 10.0.0.2 81; echo rc=$?
ip netns exec b iptables -A INPUT -p tcp --dport 82 -j REJECT
ip netns exec a nc -zv 10.0.0.2 82; echo rc=$?
ip netns exec b iptables -A INPUT -p tcp --dport 83 -j REJECT --reject-with tcp-reset
ip netns exec a nc -zv 10.0.0.2 83; echo rc=$?
ip netns exec b iptables -A INPUT -p tcp --dport 84 -j REJECT --reject-with icmp-host-prohibited
ip netns exec a nc -zv 10.0.0.2 84; echo rc=$?
ip netns exec a nc -zv -s 10.0.0.9 10.0.0.2 80; echo rc=$?
ip netns exec a nc -zv -p 80 -s 10.0.0.1 10.0.0.2 80; echo rc=$?
ip netns exec a nc -l -p 5000 -s 10.0.0.9; echo rc=$?
ip netns exec a nc -zvn 10.0.0.2 79-81 2>&1; echo rc=$?
ip netns exec a nc -zv 10.0.0.2 http-alt; echo rc=$?
ip netns exec a nc -zv 10.0.0.2 nosuchservice; echo rc=$?
ip netns exec a nc -zv nosuchhost 80; echo rc=$?
ip netns exec a nc -zv 10.0.0.2 0; echo rc=$?
ip netns exec a nc -zv 10.0.0.2 80-70; echo rc=$?
ip netns exec a nc -x; echo rc=$?
ip netns exec a nc -w abc 10.0.0.2 80; echo rc=$?
ip netns exec a nc -lu; echo rc=$?
