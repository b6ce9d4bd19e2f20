# REJECT --reject-with tcp-reset answers a SYN with a RST: nc reports "Connection refused".
ip netns add client; ip netns add server
for n in client server; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add c0 netns client type veth peer name s0 netns server
ip -n client addr add 10.0.0.1/24 dev c0; ip -n client link set c0 up
ip -n server addr add 10.0.0.2/24 dev s0; ip -n server link set s0 up
ip netns exec server iptables -A INPUT -p tcp --dport 81 -j REJECT --reject-with tcp-reset
ip netns exec server tcpdump -n -i s0 -c 2 tcp >/tmp/cap 2>/dev/null &
sleep 1
ip netns exec client nc -v -w 2 10.0.0.2 81; echo "nc: $?"
wait
cut -d' ' -f2-8 /tmp/cap
ip netns exec server iptables -nvL INPUT
