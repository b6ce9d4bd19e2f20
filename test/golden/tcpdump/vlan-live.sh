# 802.1Q on a veth: -e shows the tag, 'vlan 10 and icmp', the VLAN device's own capture, 'icmp' alone misses tagged frames, 'vlan and arp'
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up; ip -n b link set vb up
ip -n a link add link va name va.10 type vlan id 10
ip -n b link add link vb name vb.10 type vlan id 10
ip -n a addr add 10.10.0.1/24 dev va.10; ip -n b addr add 10.10.0.2/24 dev vb.10
ip -n a link set va.10 up; ip -n b link set vb.10 up
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sleep 0.5
ip netns exec a timeout 2 tcpdump -i va -n -l -e -t > /tmp/c1 2>/tmp/e1 &
ip netns exec a timeout 2 tcpdump -i va -n -l -t 'vlan 10 and icmp' > /tmp/c2 2>/tmp/e2 &
ip netns exec a timeout 2 tcpdump -i va.10 -n -l -e -t > /tmp/c3 2>/tmp/e3 &
ip netns exec a timeout 2 tcpdump -i va -n -l -t icmp > /tmp/c4 2>/tmp/e4 &
ip netns exec a timeout 2 tcpdump -i va -n -l -t 'vlan and arp' > /tmp/c5 2>/tmp/e5 &
sleep 0.5
ip netns exec a ping -c 1 10.10.0.2 >/dev/null
wait
for i in 1 2 3 4 5; do echo "== $i"; sed -E 's/[0-9a-f]{2}(:[0-9a-f]{2}){5}/MAC/g' /tmp/c$i; cat /tmp/e$i; done
