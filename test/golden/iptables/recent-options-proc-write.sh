# recent: --rdest, --mask, --rttl, --reap, --remove, proc files, ip_list_tot
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a addr add 10.0.0.3/24 dev va
ip -n a link set va up; ip -n b link set vb up
B="ip netns exec b"
$B iptables -A INPUT -p icmp -m recent --name BAD --rcheck --seconds 30 --reap -j DROP
$B iptables -A INPUT -p icmp -m recent --name MASKED --set --mask 255.255.255.0
$B iptables -A OUTPUT -p icmp -m recent --name OUT --set --rdest
$B iptables -A INPUT -p icmp -m recent --name TTL --rcheck --rttl -j LOG --log-prefix "rttl "
$B iptables -A INPUT -p icmp -m recent --name TTL --set
$B iptables -A INPUT -p udp --dport 7 -m recent --name BAD --set -j DROP
$B iptables -A INPUT -p udp --dport 8 -m recent --name BAD --remove
$B iptables -S
$B iptables -L INPUT -n
echo x | ip netns exec a nc -u -w0 -s 10.0.0.3 10.0.0.2 7
ip netns exec a ping -c 1 -W 1 -I 10.0.0.3 10.0.0.2 | grep transmitted
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
$B cut -d' ' -f1-2 /proc/net/xt_recent/BAD
$B cut -d' ' -f1-2 /proc/net/xt_recent/MASKED
$B cut -d' ' -f1-2 /proc/net/xt_recent/OUT
$B cut -d' ' -f1-2 /proc/net/xt_recent/TTL
echo x | ip netns exec a nc -u -w0 -s 10.0.0.3 10.0.0.2 8
ip netns exec a ping -c 1 -W 1 -I 10.0.0.3 10.0.0.2 | grep transmitted
$B cat /proc/net/xt_recent/BAD
$B sh -c 'echo clear > /proc/net/xt_recent/TTL'; echo rc=$?
$B sh -c 'echo +10.0.0.300 > /proc/net/xt_recent/TTL'; echo rc=$?
$B sh -c 'echo xyz > /proc/net/xt_recent/TTL'; echo rc=$?
$B sh -c 'echo +fd00::1 > /proc/net/xt_recent/TTL'; echo rc=$?
$B cat /proc/net/xt_recent/TTL | cut -d' ' -f1-2
$B iptables -A INPUT -m recent --name BAD --set --rsource --rdest
$B iptables -A INPUT -m recent --name "$(printf 'n%.0s' $(seq 1 201))" --set
$B iptables -A INPUT -m recent --name a/b --set
$B iptables -A INPUT -m recent --seconds 10
$B iptables -A INPUT -m recent --rcheck --reap
$B iptables -D INPUT 1; $B iptables -F; $B ls /proc/net/xt_recent
$B iptables-save | grep -c recent
