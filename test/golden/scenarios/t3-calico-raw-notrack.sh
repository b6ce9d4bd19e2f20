# Calico-style raw table: NOTRACK for host-to-host traffic, conntrack shows only tracked flows
ip netns add a; ip netns add b
ip link add eth0 netns a type veth peer name eth0 netns b
ip -n a addr add 10.11.0.1/24 dev eth0; ip -n b addr add 10.11.0.2/24 dev eth0
ip -n a link set eth0 up; ip -n b link set eth0 up; ip -n b link set lo up
ip netns exec b iptables -t raw -N cali-PREROUTING
ip netns exec b iptables -t raw -A PREROUTING -m comment --comment "cali:6gwbT8clXdHdC1b1" -j cali-PREROUTING
ip netns exec b iptables -t raw -A cali-PREROUTING -p icmp -j CT --notrack
ip netns exec b iptables -t raw -A OUTPUT -p icmp -j NOTRACK
ip netns exec b iptables -A INPUT -m conntrack --ctstate UNTRACKED -j ACCEPT
ip netns exec b iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT
ip netns exec a ping -c 2 -i 0.2 10.11.0.2 | grep -c ttl=
ip netns exec b sh -c 'timeout 2 nc -l -p 7000 >/dev/null' &
sleep 0.3
echo x | ip netns exec a nc -w 1 -q 0 10.11.0.2 7000
wait
ip netns exec b conntrack -L 2>/dev/null | awk '{print $1}' | sort | uniq -c
ip netns exec b iptables -t raw -L -n -v | awk '/^Chain/ || ($1 ~ /^[0-9]+$/ && $1 > 0) {print $1, $2, $3}'
ip netns exec b iptables -L INPUT -n -v | awk 'NR>2{print $1, $NF}'
ip netns exec b iptables -t raw -S
