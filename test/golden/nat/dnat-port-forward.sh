# The classic port forward: DNAT on PREROUTING + FORWARD accept + ip_forward, a FORWARD DROP policy.
ip netns add cl; ip netns add web
ip link add wan0 type veth peer name eth0 netns cl
ip link add lan0 type veth peer name eth0 netns web
ip addr add 198.51.100.1/24 dev wan0; ip link set wan0 up
ip addr add 192.168.0.1/24 dev lan0; ip link set lan0 up
ip -n cl addr add 198.51.100.2/24 dev eth0; ip -n cl link set eth0 up
ip -n web addr add 192.168.0.10/24 dev eth0; ip -n web link set eth0 up; ip -n web route add default via 192.168.0.1
sysctl -qw net.ipv4.ip_forward=1
iptables -P FORWARD DROP
iptables -t nat -A PREROUTING -i wan0 -p tcp --dport 8080 -j DNAT --to 192.168.0.10:80
ip netns exec web nc -k -l 80 > /tmp/web.txt &
sleep 0.3
iptables -A FORWARD -i wan0 -o lan0 -p tcp -d 192.168.0.10 --dport 80 -m conntrack --ctstate NEW -j ACCEPT
iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
echo three | ip netns exec cl nc -N -w 1 198.51.100.1 8080; echo rc=$?
sleep 0.2; cat /tmp/web.txt
iptables -L FORWARD -n -v -x --line-numbers
iptables -t nat -L PREROUTING -n -v -x
conntrack -L -p tcp 2>&1 | sed -E 's/ [0-9]+ (TIME_WAIT|SYN_SENT|SYN_RECV|ESTABLISHED)/ T \1/' | sort
kill %1; wait
