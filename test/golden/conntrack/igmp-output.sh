# A bridge's IGMPv3 reports leave through ip_local_out (igmpv3_sendpack): the
# OUTPUT and POSTROUTING chains count them and conntrack keeps a generic
# ("unknown", 600 s) entry for 10.9.0.1 -> 224.0.0.22, first seen in nat.
iptables -t nat -A POSTROUTING -o nothing -j MASQUERADE
ip link add br0 type bridge
ip addr add 10.9.0.1/24 dev br0
ip link set br0 up
sleep 2
conntrack -L 2>&1 | sed -E 's/^(unknown +[0-9]+) +[0-9]+ /\1 TIMEOUT /'
iptables -t nat -nvL POSTROUTING
iptables -nvL OUTPUT
