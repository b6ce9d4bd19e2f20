# Debugging a firewall without LOG: exact counters with -L -v -n -x, zeroing, and which rule matched
ip netns add fw; ip netns add c
ip link add c0 netns c type veth peer name f0 netns fw
ip -n c addr add 10.9.0.2/24 dev c0; ip -n fw addr add 10.9.0.1/24 dev f0
ip -n c link set c0 up; ip -n fw link set f0 up; ip -n fw link set lo up
ip netns exec fw sh -e <<'X'
iptables -N WEB
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request -m limit --limit 2/sec --limit-burst 3 -j ACCEPT
iptables -A INPUT -p icmp -j DROP
iptables -A INPUT -p tcp -m multiport --dports 80,443 -j WEB
iptables -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
iptables -A WEB -s 10.9.0.0/29 -j ACCEPT
iptables -A WEB -j REJECT
iptables -P INPUT DROP
X
ip netns exec c ping -c 6 -i 0.2 -W 1 10.9.0.1 | grep -o '[0-9] received'
ip netns exec fw sh -c 'timeout 3 nc -l -p 80 >/dev/null' &
sleep 0.3
echo x | ip netns exec c nc -w 1 -q 0 10.9.0.1 80; echo "80 rc=$?"
ip netns exec c nc -z -w 1 10.9.0.1 22; echo "22 rc=$?"
ip netns exec c nc -z -w 1 10.9.0.1 443; echo "443 rc=$?"
wait
ip netns exec fw iptables -L INPUT -v -n -x --line-numbers | sed 's/ *$//'
ip netns exec fw iptables -L WEB -v -n -x | sed 's/ *$//'
ip netns exec fw iptables -Z INPUT 4
ip netns exec fw iptables -L INPUT 4 -v -n -x
ip netns exec fw iptables -Z
ip netns exec fw iptables -L -v -n -x | awk '$1 ~ /^[0-9]+$/ && $1 > 0' | wc -l
ip netns exec fw iptables -S INPUT | head -4
