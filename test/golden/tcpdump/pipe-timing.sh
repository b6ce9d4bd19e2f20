# Lines through a pipe, read as they come: tcpdump -c 4 hands them over at
# its block timeout (1 s; 100 ms with -l), so the marks printed by the
# script in between show when they arrive.
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip addr add 10.0.0.1/24 dev veth0
ip -n ns1 addr add 10.0.0.2/24 dev veth1
sysctl -qw net.ipv6.conf.veth0.disable_ipv6=1
ip netns exec ns1 sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth0 up
ip -n ns1 link set veth1 up
tcpdump -c 4 -i veth0 -n -t 2> /dev/null | while read -r l; do echo "plain: $l"; done &
tcpdump -l -c 4 -i veth0 -n -t 2> /dev/null | while read -r l; do echo "-l: $l"; done &
sleep 0.35
ping -c 1 10.0.0.2 > /dev/null
echo "mark 0.35"
sleep 0.4
echo "mark 0.75"
sleep 0.6
echo "mark 1.35"
wait
