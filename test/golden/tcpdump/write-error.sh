# tcpdump -l into a pipe whose reader went away: tcpdump catches SIGPIPE
# (cleanup), its next printf fails and ndo_error ends it with "Unable to write
# output" and status 14, without statistics. Without -l the failed write is
# the flush at exit, which tcpdump does not check: statistics, status 0.
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip addr add 10.0.0.1/24 dev veth0
ip -n ns1 addr add 10.0.0.2/24 dev veth1
sysctl -qw net.ipv6.conf.veth0.disable_ipv6=1
ip netns exec ns1 sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth0 up
ip -n ns1 link set veth1 up
(sleep 0.35; ping -c 3 -i 0.2 10.0.0.2 > /dev/null) &
tcpdump -l -i veth0 -n -t 2> err.txt | head -2
echo "status ${PIPESTATUS[*]}"
wait
cat err.txt
(sleep 0.35; ping -c 2 -i 0.2 10.0.0.2 > /dev/null) &
tcpdump -c 4 -i veth0 -n -t 2> err.txt | (sleep 0.1; exit 3)
echo "status ${PIPESTATUS[*]}"
wait
cat err.txt
