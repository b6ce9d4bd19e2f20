# An ebtables FORWARD rule drops IPv4 frames from one port of a bridge: pings
# between two namespaces on the bridge stop, ARP still passes, and the rule's
# counters (bytes without the Ethernet header) show what it caught; deleting
# the rule lets the pings through again. -L, --Ln, --Lc and ebtables-save -c.
sysctl -q net.bridge.bridge-nf-call-iptables=0 2>/dev/null
ip link add br0 type bridge
ip link set br0 up
for n in a b; do
  ip netns add $n
  ip link add v$n type veth peer name eth0 netns $n
  ip link set v$n master br0
  ip link set v$n up
  ip -n $n link set eth0 up
done
ip -n a addr add 10.0.0.1/24 dev eth0
ip -n b addr add 10.0.0.2/24 dev eth0
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep received
ebtables -A FORWARD -p ARP -j ACCEPT
ebtables -A FORWARD -p IPv4 -i va -j DROP
ebtables -A FORWARD -p IPv4 -i vb -j CONTINUE
ebtables -L
ip netns exec a ping -c 3 -i 0.2 -W 1 10.0.0.2 | grep received
echo "ping status $?"
ebtables -L FORWARD --Lc --Ln
ebtables-save -c | grep -v '^#'
ebtables -D FORWARD -p IPv4 -i va -j DROP
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep received
ebtables -L FORWARD --Lc
ebtables -Z
ebtables -L FORWARD --Lc
ebtables -P FORWARD DROP
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep received
ebtables -t filter -L FORWARD
ebtables --init-table
ebtables-save
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep received
