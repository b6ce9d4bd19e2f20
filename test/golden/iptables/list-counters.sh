# -L -n -v -x --line-numbers after traffic, then -Z, -L -Z together, and one rule by number.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
iptables -A OUTPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p icmp -m icmp --icmp-type echo-reply -j ACCEPT
iptables -A INPUT -s 10.0.0.0/24 -j ACCEPT
iptables -A INPUT -j DROP
ping -c 3 -i 0.2 -s 1000 10.0.0.2 > /dev/null; echo ping=$?
iptables -L -n -v -x --line-numbers
iptables -L -n -v --line-numbers
iptables -nvL INPUT
iptables -L INPUT 2 -n -v
iptables -S INPUT 1
iptables -S INPUT -v
iptables -L -Z -n -v INPUT
iptables -L INPUT -n -v
iptables -Z INPUT 1; echo rc=$?
iptables -Z INPUT 9; echo rc=$?
iptables -Z NOPE; echo rc=$?
