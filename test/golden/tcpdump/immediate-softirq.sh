# --immediate-mode: a TPACKET_V2 ring wakes tcpdump for every packet, yet
# tcpdump -c 1 reads its statistics only after the whole exchange the first
# frame started: ping's sendmsg runs the softirqs it raised (the request in
# on veth1, the reply out, the reply in on veth0; with an unresolved
# neighbour also the ARP reply and the queued echo request it releases)
# before any woken task runs.
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip addr add 10.0.0.1/24 dev veth0
ip -n ns1 addr add 10.0.0.2/24 dev veth1
sysctl -qw net.ipv6.conf.veth0.disable_ipv6=1
ip netns exec ns1 sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth0 up
ip -n ns1 link set veth1 up
tcpdump --immediate-mode -c 1 -i veth0 -n -t > cap1.txt 2>&1 &
sleep 0.3
ping -c 1 10.0.0.2 | head -2
wait
cat cap1.txt
tcpdump --immediate-mode -c 1 -i veth0 -n -t icmp > cap2.txt 2>&1 &
sleep 0.3
ping -c 1 10.0.0.2 > /dev/null
wait
cat cap2.txt
tcpdump --immediate-mode -c 2 -i veth0 -n -t icmp 2> /dev/null | while read -r l; do echo "got: $l"; done &
sleep 0.3
ping -c 3 -i 0.2 10.0.0.2 | grep -c bytes
wait
