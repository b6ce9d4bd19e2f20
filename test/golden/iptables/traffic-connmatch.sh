# connbytes, connlabel and connlimit on live traffic: each ping run is one
# ICMP connection; from its 3rd original packet on, connbytes drops; the 3rd
# concurrent connection from the same /24 is refused by connlimit; a label
# set by one rule is seen by the next.
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer link set vb up
P="ip netns exec peer iptables"
$P -A INPUT -p icmp -m connbytes --connbytes 3: --connbytes-mode packets --connbytes-dir original -j DROP
$P -A INPUT -p icmp -m connlimit --connlimit-above 2 --connlimit-mask 24 -j DROP
$P -A INPUT -p icmp -m connbytes --connbytes 84:84 --connbytes-mode avgpkt --connbytes-dir both
$P -A INPUT -p icmp -m connbytes ! --connbytes 0:100 --connbytes-mode bytes --connbytes-dir original
$P -A INPUT -p icmp -m connlabel --label 7 --set
$P -A INPUT -p icmp -m connlabel --label 7
$P -A INPUT -p icmp -m connlabel ! --label 8
$P -A OUTPUT -p icmp -m connbytes --connbytes 2 --connbytes-mode packets --connbytes-dir reply
ping -c 5 -i 0.2 -W 1 10.9.0.2 | grep -o '[0-9]* received'
ping -c 1 -W 1 10.9.0.2 | grep -o '[0-9]* received'
ping -c 1 -W 1 10.9.0.2 | grep -o '[0-9]* received'
$P -L INPUT -v -n -x 2>/dev/null | sed 1,2d | awk '{print $1, $3}'
$P -L OUTPUT -v -n -x | sed 1,2d | awk '{print $1}'
$P -S 2>/dev/null
