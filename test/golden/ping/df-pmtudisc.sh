# Echo requests leave with DF (IP_PMTUDISC_WANT), the kernel's replies without;
# -M dont clears it; a bad -M value is refused before anything is sent.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip addr add 10.9.0.1/24 dev v0
ip -n a addr add 10.9.0.2/24 dev v1
ip link set v0 up
ip -n a link set v1 up
sysctl -qw net.ipv6.conf.v0.disable_ipv6=1
ip netns exec a sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
sleep 0.1
tcpdump -i v0 -n -v -c 4 -l icmp 2>&1 &
sleep 0.5
ping -c 2 -i 0.2 10.9.0.2 >/dev/null
wait
tcpdump -i v0 -n -v -c 2 -l icmp 2>&1 &
sleep 0.5
ping -c 1 -M dont 10.9.0.2 >/dev/null
wait
tcpdump -i v0 -n -v -c 2 -l icmp 2>&1 &
sleep 0.5
ping -c 1 -M do -s 100 10.9.0.2 >/dev/null
wait
ping -M bogus -c 1 10.9.0.2
echo "status $?"
ping -c 1 -M want -q 10.9.0.2 | tail -2 | head -1
