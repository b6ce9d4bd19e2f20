# Two link-local addresses: the kernel's own messages (MLD reports, solicitations) come from the oldest
# (__ipv6_get_lladdr walks the address list backwards); the newer manual one is listed first.
ip netns add a
ip netns add b
ip link add va netns a address 02:00:00:00:00:0a type veth peer name vb netns b address 02:00:00:00:00:0b
ip -n a link set va up
ip -n b link set vb up
sleep 2
ip -n a addr add fe80::5/64 dev va nodad
ip -n a -6 addr show dev va
ip netns exec b tcpdump -l -n -i vb -c 2 'icmp6 and (ip6[40] == 143 or ip6[40] == 135)' 2>/dev/null &
sleep 1
ip -n a addr add 2001:db8::1/64 dev va nodad
ip -n b addr add 2001:db8::2/64 dev vb nodad
ip netns exec b ping -6 -c1 -W1 2001:db8::1 >/dev/null
wait
