# SSH brute-force guard with -m recent
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
B="ip netns exec b"
$B iptables -A INPUT -p icmp --icmp-type echo-request -m recent --name PING --set
$B iptables -A INPUT -p icmp --icmp-type echo-request -m recent --name PING --rcheck --seconds 60 --hitcount 3 -j DROP
$B iptables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -m recent --set --name SSH --rsource
$B iptables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -m recent --update --seconds 60 --hitcount 4 --name SSH --rsource -j DROP
$B iptables -S INPUT
$B iptables -L INPUT -v -n
ip netns exec a ping -c 4 -i 0.2 -W 1 10.0.0.2 | grep -E 'transmitted'
$B cat /proc/net/xt_recent/PING | sed 's/last_seen: [0-9]*/last_seen: T/; s/oldest_pkt: [0-9]*/oldest_pkt: N/; s/ [0-9]\{6,\}/ T/g'
$B cat /proc/net/xt_recent/SSH
ls /proc/net/xt_recent 2>&1; $B ls /proc/net/xt_recent
$B sh -c 'echo -10.0.0.1 > /proc/net/xt_recent/PING'
$B cat /proc/net/xt_recent/PING
$B sh -c 'echo +10.0.0.9 > /proc/net/xt_recent/PING'; $B cat /proc/net/xt_recent/PING | cut -d' ' -f1-4
$B sh -c 'echo / > /proc/net/xt_recent/PING'; $B cat /proc/net/xt_recent/PING | wc -l
$B iptables -A INPUT -m recent --rcheck --update
$B iptables -A INPUT -m recent --name X --rcheck --hitcount 300
$B iptables -L INPUT -v -n -x | sed 's/ \+/ /g'
