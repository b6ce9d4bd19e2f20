# SIGINT after one block retired at 1 s: only the packets of that block are
# printed; those after it stay in the ring but are counted.
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip addr add 10.0.0.1/24 dev veth0
ip -n ns1 addr add 10.0.0.2/24 dev veth1
sysctl -qw net.ipv6.conf.veth0.disable_ipv6=1
ip netns exec ns1 sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth0 up
ip -n ns1 link set veth1 up
tcpdump -i veth0 -n -t > cap.txt 2> err.txt &
pid=$!
sleep 0.3
ping -c 6 -i 0.2 10.0.0.2 > /dev/null
kill -INT $pid
wait $pid
echo "tcpdump status $?"
cat cap.txt
cat err.txt
