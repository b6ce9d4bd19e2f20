# A packet waiting in the ARP queue holds its conntrack entry: use counts it.
ip netns add b
ip link add va type veth peer name vb netns b
ip addr add 10.0.0.1/24 dev va
ip link set va up
ip -n b link set vb up
iptables -A OUTPUT -m conntrack --ctstate NEW -j ACCEPT
ping -c 3 -i 0.2 -W 1 10.0.0.9 > /tmp/ping.txt 2>&1 &
echo u1 | nc -u -w 0 10.0.0.8 53
echo u2 | nc -u -w 0 10.0.0.8 53
sleep 0.7
conntrack -L 2>&1 | sort
cat /proc/net/nf_conntrack | sort
sleep 3.5
conntrack -L 2>&1 | sort
wait
cat /tmp/ping.txt
