# Watching ARP on the wire: tcpdump -n -e arp while neighbours resolve and fail
ip netns add a; ip netns add b
ip link add eth0 netns a address 02:aa:00:00:00:01 type veth peer name eth0 netns b address 02:bb:00:00:00:01
ip -n a addr add 192.168.50.1/24 dev eth0; ip -n b addr add 192.168.50.2/24 dev eth0
ip netns exec a sysctl -qw net.ipv6.conf.eth0.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.eth0.disable_ipv6=1
ip -n a link set eth0 up; ip -n b link set eth0 up
ip netns exec b tcpdump -n -e -l -c 4 -i eth0 arp 2>&1 | sed -E 's/^[0-9:.]+ //' &
sleep 0.5
ip netns exec a ping -c 1 192.168.50.2 > /dev/null
ip netns exec a arping 2>/dev/null; 
ip netns exec a ping -c 1 -W 1 192.168.50.99 >/dev/null; echo rc=$?
wait
ip -n a neigh show | sort
