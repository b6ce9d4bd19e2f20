# iptables -j TRACE: xtables-monitor --trace prints each traced packet (PACKET line at each chain walk) with the
# rules it matched and the policies; the same messages through nft monitor trace (iptables' rules translated).
# A ping forwarded and masqueraded by this namespace; xtables-monitor's usage.
ip netns add a
ip netns add b
ip link add veth0 type veth peer name veth1 netns a
ip link add veth2 type veth peer name veth3 netns b
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth2
ip link set veth0 up
ip link set veth2 up
ip -n a addr add 10.0.0.2/24 dev veth1
ip -n a link set veth1 up
ip -n a route add default via 10.0.0.1
ip -n b addr add 10.0.1.2/24 dev veth3
ip -n b link set veth3 up
sysctl -qw net.ipv4.ip_forward=1
iptables -t raw -A PREROUTING -p icmp -s 10.0.0.2 -j TRACE
iptables -A FORWARD -p tcp -j DROP
iptables -A FORWARD -i veth0 -j ACCEPT
iptables -t nat -A POSTROUTING -o veth2 -j MASQUERADE
timeout 5 xtables-monitor --trace > x 2>&1 &
timeout 5 nft monitor trace > n 2>&1 &
sleep 0.3
ip netns exec a ping -c1 -W1 10.0.1.2 >/dev/null; echo ping=$?
sleep 0.3
kill %1 %2; wait
cat x
echo ---
cat n
echo ---
xtables-monitor; echo rc=$?
xtables-monitor -x; echo rc=$?
