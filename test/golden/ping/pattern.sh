# -p fills the payload with a repeated hex pattern (after the 16-byte timestamp),
# announced as "PATTERN: 0x..." unless -q came first; tcpdump -x shows it.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip addr add 10.90.0.1/24 dev v0
ip -n a addr add 10.90.0.2/24 dev v1
sysctl -qw net.ipv6.conf.v0.disable_ipv6=1
ip netns exec a sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ip link set v0 up
ip -n a link set v1 up
ping -c 1 -p ab 10.90.0.2 | grep -v -e rtt -e time=
ping -c 1 -q -p ff00 10.90.0.2 | grep -v rtt
ping -c 1 -p ff00 -q 10.90.0.2 | grep -v rtt
ping -c 1 -p 0123456789abcdef0123456789abcdef0123 10.90.0.2 | head -1
ping -c 1 -p abc 10.90.0.2 | head -1
ping -c 1 -p xyz 10.90.0.2; echo "rc=$?"
ping -c 1 -p 12zz 10.90.0.2; echo "rc=$?"
timeout 3 tcpdump -i v0 -nn -t -x -c 1 icmp 2>/dev/null | tail -2 &
sleep 0.5
ping -c 1 -s 40 -p 5a 10.90.0.2 > /dev/null
wait
