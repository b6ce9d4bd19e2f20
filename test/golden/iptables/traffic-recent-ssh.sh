# The ssh brute-force recipe with -m recent: the fourth new connection within a minute is refused
# (REJECT with a reset rather than DROP: a dropped SYN races nc -w 1 against its retransmission).
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
ip netns exec a nc -k -l 22 > /dev/null &
ip netns exec a iptables -A INPUT -p tcp --dport 22 -m state --state NEW -m recent --set --name SSH
ip netns exec a iptables -A INPUT -p tcp --dport 22 -m state --state NEW -m recent --update --seconds 60 --hitcount 4 --name SSH -j REJECT --reject-with tcp-reset
sleep 0.3
for i in 1 2 3 4 5; do nc -z -w 1 10.0.0.2 22; echo try$i=$?; done
ip netns exec a iptables -L INPUT -n -v
kill %1; wait
