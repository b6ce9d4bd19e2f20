# -l: line-buffered stdout and a 100 ms capture timeout (tcpdump.c), so the
# lines are in the file soon after the packets; without -l the block retires
# at 1 s and the lines sit in stdio's buffer until tcpdump exits.
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip addr add 10.0.0.1/24 dev veth0
ip -n ns1 addr add 10.0.0.2/24 dev veth1
sysctl -qw net.ipv6.conf.veth0.disable_ipv6=1
ip netns exec ns1 sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth0 up
ip -n ns1 link set veth1 up
tcpdump -l -i veth0 -n -t > l.txt 2> /dev/null &
p1=$!
tcpdump -i veth0 -n -t > b.txt 2> /dev/null &
p2=$!
sleep 0.35
ping -c 1 10.0.0.2 > /dev/null
sleep 0.4
echo "at 0.75: -l $(wc -l < l.txt), plain $(wc -l < b.txt)"
sleep 0.8
echo "at 1.55: -l $(wc -l < l.txt), plain $(wc -l < b.txt)"
kill $p1 $p2
wait
echo "-l:"; cat -A l.txt
echo "plain:"; cat -A b.txt
