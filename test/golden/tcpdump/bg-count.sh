# A backgrounded tcpdump -c 3 writing to a pipe is not in immediate mode:
# libpcap's TPACKET_V3 ring hands packets over when a block retires (its
# 1000 ms timer, armed when the ring was made), so the three packets and the
# statistics come out after ping's third reply, and "received by filter"
# counts every packet the ring took until tcpdump closed (8).
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip addr add 10.0.0.1/24 dev veth0
ip -n ns1 addr add 10.0.0.2/24 dev veth1
sysctl -qw net.ipv6.conf.veth0.disable_ipv6=1
ip netns exec ns1 sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth0 up
ip -n ns1 link set veth1 up
tcpdump -c 3 -i veth0 -n -t &
sleep 0.5
ping -c 5 -i 0.2 10.0.0.2
wait
