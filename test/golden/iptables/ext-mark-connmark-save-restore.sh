# mark / CONNMARK save/restore
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
B="ip netns exec b"
$B iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
$B iptables -t mangle -A PREROUTING -m mark ! --mark 0 -j ACCEPT
$B iptables -t mangle -A PREROUTING -p icmp -j MARK --set-mark 0x10
$B iptables -t mangle -A PREROUTING -p tcp -j MARK --set-xmark 0x20/0xff
$B iptables -t mangle -A PREROUTING -j CONNMARK --save-mark
$B iptables -t mangle -A OUTPUT -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff
$B iptables -t mangle -A POSTROUTING -m connmark --mark 0x10/0xff -j CONNMARK --set-mark 0x1/0x1
$B iptables -t mangle -A POSTROUTING -j MARK --and-mark 0xf0
$B iptables -t mangle -A POSTROUTING -j MARK --or-mark 0x3
$B iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --mask 0xffff
$B iptables -t mangle -S
$B iptables -t mangle -L -n -v
ip netns exec a ping -c 3 -i 0.2 -W 1 10.0.0.2 | grep transmitted
$B conntrack -L 2>&1 | sed 's/ \+/ /g; s/id=[0-9]*/id=N/'
$B iptables -t mangle -L -n -v -x | sed 's/ \+/ /g'
$B conntrack -L -m 0x11 2>&1 | sed 's/ \+/ /g; s/id=[0-9]*/id=N/' | sed 's/^icmp [0-9]* [0-9]*/icmp/'
$B conntrack -L --mark 0x11/0xff 2>&1 | wc -l
$B iptables-save -t mangle | grep -v '^#'
$B iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --restore-mark
$B iptables -t mangle -A PREROUTING -j MARK
$B iptables -t filter -A INPUT -j MARK --set-mark 1
$B iptables -A INPUT -m mark --mark 0x1/0x1/0x1
