# Tracking starts in a namespace only when a rule needs it (a conntrack match,
# a NAT target...), and stops when the last such rule goes; entries stay.
ip link set lo up
iptables -A INPUT -j ACCEPT
ping -c 1 -q 127.0.0.1 > /dev/null
echo "-- filter rule only"; conntrack -L
iptables -t nat -P POSTROUTING ACCEPT
ping -c 1 -q 127.0.0.1 > /dev/null
echo "-- nat chain, no rule"; conntrack -L
iptables -A INPUT -m conntrack --ctstate NEW
ping -c 1 -q 127.0.0.1 > /dev/null
echo "-- ctstate rule"; conntrack -L
iptables -D INPUT -m conntrack --ctstate NEW
ping -c 1 -q 127.0.0.2 > /dev/null
echo "-- rule gone"; conntrack -L
conntrack -C
