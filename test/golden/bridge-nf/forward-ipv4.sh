# Bridged IPv4 runs through iptables (br_netfilter, bridge-nf-call-iptables=1):
# PREROUTING and FORWARD with in/out = the bridge and physdev = the ports,
# conntrack tracks the bridged flow in the bridge's namespace, a FORWARD policy
# of DROP cuts the two namespaces off, and call-iptables=0 lets them talk again.
sysctl net.bridge.bridge-nf-call-iptables net.bridge.bridge-nf-call-ip6tables
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
iptables -A FORWARD -m state --state NEW
iptables -A FORWARD -m physdev --physdev-in va
iptables -A FORWARD -m physdev --physdev-out va --physdev-is-bridged
iptables -A FORWARD -i br0 -o br0 -p icmp --icmp-type echo-reply
iptables -t raw -A PREROUTING -i br0 -p icmp
iptables -t mangle -A POSTROUTING -o br0 -p icmp
iptables -A INPUT -p icmp
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep received
iptables-save -c | grep -- "^\[" | grep -v "^\[0:0\] :"
conntrack -L -p icmp 2>/dev/null | awk '{print $1, $4, $5, $6, $7, $8, $9, $10, $11, $12}'
iptables -P FORWARD DROP
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep received
iptables -L FORWARD -v -n -x | head -1
sysctl -q net.bridge.bridge-nf-call-iptables=0
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep received
iptables -L FORWARD -v -n -x | head -1
