# ping -Q: TOS bits on the echo request (and the reply's copy), parse errors
for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
ip netns exec b tcpdump -i vb -n -t -v -c 8 icmp 2>/dev/null &
sleep 0.5
for q in 0x10 184 0xb8 0X2 3 0; do ip netns exec a ping -c 1 -Q $q 10.0.0.2 | grep -c bytes; done
wait
for q in 300 0x100 abc 0x 1x -1 "" 99999999999999999999 " 7"; do ip netns exec a ping -c 1 -W 1 -Q "$q" 10.0.0.2 >/dev/null; echo "rc=$?"; done
ip netns exec a ping -c 1 -Q 2>&1 | head -1
