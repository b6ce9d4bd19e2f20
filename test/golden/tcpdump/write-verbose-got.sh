# tcpdump -v -w FILE prints "Got N\r" on stderr each second while the count
# changed (its SIGALRM itimer); the count moves only when a ring block retires.
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip addr add 10.0.0.1/24 dev veth0
ip -n ns1 addr add 10.0.0.2/24 dev veth1
sysctl -qw net.ipv6.conf.veth0.disable_ipv6=1
ip netns exec ns1 sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth0 up
ip -n ns1 link set veth1 up
tcpdump -v -i veth0 -w /tmp/v.pcap 2> err.txt &
p=$!
sleep 0.35
ping -c 8 -i 0.2 10.0.0.2 > /dev/null
sleep 1.5
kill $p
wait
tr '\r' '|' < err.txt
