# conntrack -G gets one entry by its original tuple (use=2: the reference the
# lookup holds); -o id adds the entry's id.
ip netns add b
ip link add va type veth peer name vb netns b
ip addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip link set va up
ip -n b link set vb up
ip -n b link set lo up
iptables -A OUTPUT -m conntrack --ctstate NEW -j ACCEPT
ip netns exec b nc -l -p 5000 > /dev/null &
sleep 0.3
echo hi | nc -p 40000 -q 0 10.0.0.2 5000
echo u | nc -u -p 40001 -w 1 10.0.0.2 53
ping -c 1 10.0.0.2 > /dev/null
conntrack -G -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 40000 --dport 5000; echo rc=$?
conntrack -G -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 40001 --dport 53; echo rc=$?
conntrack -G -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 40001 --dport 53 -o extended; echo rc=$?
conntrack -G -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 40001 --dport 54; echo rc=$?
conntrack -G -p udp -s 10.0.0.2 -d 10.0.0.1 --sport 53 --dport 40001; echo rc=$?
conntrack -G -p tcp -s 10.0.0.1 -d 10.0.0.2; echo rc=$?
conntrack -G -p tcp --sport 40000 --dport 5000; echo rc=$?
conntrack -G; echo rc=$?
conntrack -G -s 10.0.0.1 -d 10.0.0.2; echo rc=$?
conntrack -G -r 10.0.0.2 -q 10.0.0.1 -p udp --reply-port-src 53 --reply-port-dst 40001; echo rc=$?
conntrack -G conntrack -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 40000 --dport 5000 >/dev/null; echo rc=$?
conntrack -L -p udp -o id | sed 's/id=[0-9]*$/id=N/'
conntrack -L -p udp -o id,extended | sed 's/id=[0-9]*$/id=N/'
conntrack -G -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 40001 --dport 53 -o id | sed 's/id=[0-9]*$/id=N/'
id=$(conntrack -L -p icmp 2>/dev/null | sed 's/.* id=\([0-9]*\) .*/\1/')
conntrack -G -p icmp -s 10.0.0.1 -d 10.0.0.2 --icmp-type 8 --icmp-code 0 --icmp-id $id | sed "s/=$id /=I /g"; echo rc=$?
conntrack -G -p icmp -s 10.0.0.1 -d 10.0.0.2 --icmp-type 8 --icmp-code 0; echo rc=$?
conntrack -G -p icmp -s 10.0.0.1 -d 10.0.0.2; echo rc=$?
conntrack -G -p icmp -s 10.0.0.1 -d 10.0.0.2 --icmp-type 8 --icmp-code 0 --icmp-id 1; echo rc=$?
conntrack -G -p tcp -s 10.0.0.1 --sport 1 --dport 2; echo rc=$?
conntrack -G -p tcp -d 10.0.0.1 --sport 1; echo rc=$?
conntrack -G -p tcp -s 10.0.0.1 -d 10.0.0.2 --dport 2; echo rc=$?
conntrack -G -p 47 -s 10.0.0.1 -d 10.0.0.2; echo rc=$?
conntrack -G -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 1 --dport 2 -r 10.0.0.2; echo rc=$?
conntrack -G -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 1 --dport 2 -m 1; echo rc=$?
kill %1 2>/dev/null; wait
