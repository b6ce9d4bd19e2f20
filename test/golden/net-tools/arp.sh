# arp(8): listing the neighbour table, adding and deleting entries.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
arp -n; echo "rc=$?"
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
arp -n; echo "rc=$?"
arp -s 10.0.0.2 02:00:00:00:00:02; echo "rc=$?"
ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev veth0 nud reachable
arp -n
arp -a
arp -n -i veth0
arp -n 10.0.0.2
arp -e
arp -d 10.0.0.2; echo "rc=$?"
arp -n
arp -d 10.0.0.9; echo "rc=$?"
arp -n -i nosuch; echo "rc=$?"
ip neigh add 10.0.0.4 dev veth0 nud failed; echo "rc=$?"
ping -c 1 -W 0.2 10.0.0.5 >/dev/null
arp -n
