# Stateful firewall from a tutorial: allow established, ssh-like port, drop the rest; test with nc.
ip netns add srv
ip link add va type veth peer name vb netns srv
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n srv addr add 10.0.0.2/24 dev vb; ip -n srv link set vb up; ip -n srv link set lo up
ip netns exec srv iptables -P INPUT DROP
ip netns exec srv iptables -A INPUT -i lo -j ACCEPT
ip netns exec srv iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
ip netns exec srv iptables -A INPUT -p tcp --dport 22 -m state --state NEW -j ACCEPT
ip netns exec srv iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
ip netns exec srv iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
ip netns exec srv nc -k -l 22 > /dev/null &
ip netns exec srv nc -k -l 80 > /dev/null &
sleep 0.3
nc -z -v -w 1 10.0.0.2 22; echo rc=$?
nc -z -v -w 1 10.0.0.2 80; echo rc=$?
ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
ip netns exec srv ping -c 1 -W 1 10.0.0.1 | tail -2 | head -1
ip netns exec srv iptables -L INPUT -n -v --line-numbers
ip netns exec srv iptables -S
kill %1 %2; wait
