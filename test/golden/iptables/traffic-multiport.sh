# multiport/iprange/comment rules counting real connections.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip addr add 10.0.0.15/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
ip netns exec a iptables -A INPUT -p tcp -m multiport --dports 80,443,8000:8002 -m comment --comment web -j ACCEPT
ip netns exec a iptables -A INPUT -p tcp -m iprange --src-range 10.0.0.10-10.0.0.20 -j REJECT --reject-with tcp-reset
ip netns exec a iptables -A INPUT -p tcp -m conntrack --ctstate ESTABLISHED -j ACCEPT
ip netns exec a iptables -A INPUT -p tcp -j REJECT
for p in 80 443 8001 9000; do nc -z -w 1 10.0.0.2 $p; echo $p=$?; done
nc -z -w 1 -s 10.0.0.15 10.0.0.2 22; echo 22=$?
ip netns exec a iptables -L INPUT -n -v -x --line-numbers
ip netns exec a iptables-save -c | grep -v '^#'
