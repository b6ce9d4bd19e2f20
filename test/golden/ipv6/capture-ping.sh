# What ping -6 puts on the wire between two namespaces: neighbour
# solicitation and advertisement, then echo request and reply.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va address 02:00:00:00:00:0a
ip -n b link set vb address 02:00:00:00:00:0b
ip -n a link set va up
ip -n b link set vb up
ip -n a -6 addr add 2001:db8::1/64 dev va nodad
ip -n b -6 addr add 2001:db8::2/64 dev vb nodad
sleep 3
ip netns exec b tcpdump -i vb -n -l -c 4 'icmp6 and (ip6[40] == 128 or ip6[40] == 129 or ip6[40] == 135 or ip6[40] == 136) and not src host ::' >/tmp/cap6.txt 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 2001:db8::2 >/dev/null; echo "rc=$?"
wait
cat /tmp/cap6.txt
rm -f /tmp/cap6.txt
ip netns del a
ip netns del b
