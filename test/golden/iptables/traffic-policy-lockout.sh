# -P INPUT DROP without allowing replies: pings and connections out fail; fixing with ESTABLISHED; -P back.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up; ip link set lo up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
ip netns exec a nc -k -l 80 > /dev/null &
sleep 0.2
iptables -P INPUT DROP
ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
nc -z -v -w 1 10.0.0.2 80; echo rc=$?
ping -c 1 -W 1 127.0.0.1 | tail -2 | head -1
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
nc -z -v -w 1 10.0.0.2 80; echo rc=$?
iptables -L INPUT -v -n -x
iptables -P INPUT ACCEPT
iptables -F
iptables -L INPUT -v -n -x
kill %1; wait
