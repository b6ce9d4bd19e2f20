# iptables-save -c after traffic, restore with counters, and -t nat view.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
iptables -A OUTPUT -d 10.0.0.2 -j ACCEPT
iptables -t nat -A POSTROUTING -o va -j MASQUERADE
iptables -t mangle -A OUTPUT -j MARK --set-mark 7
ping -c 2 -i 0.2 10.0.0.2 > /dev/null; echo ping=$?
iptables-save -c | grep -v '^#'
iptables-save -c -t nat | grep -v '^#'
iptables-save -t filter | grep -v '^#'
iptables-save -c > /tmp/rules
iptables -F; iptables -t nat -F; iptables -Z
iptables-restore -c < /tmp/rules; echo rc=$?
iptables -L OUTPUT -v -n -x
iptables -t nat -L -n -v -x
iptables -t mangle -S
