# Bridged pings meet the ebtables ip match and mark target: the mark set in the
# bridge's FORWARD chain is seen by iptables (br_netfilter runs after ebtables
# at the same hook), an --ip-proto/--ip-src DROP rule cuts the pings, and
# --Lc shows the counters of each rule.
sysctl -q net.bridge.bridge-nf-call-iptables=1
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
ebtables -A FORWARD -p IPv4 --ip-proto icmp --ip-dst 10.0.0.2 -j mark --mark-set 0x23 --mark-target CONTINUE
ebtables -A FORWARD --mark 0x23 -j ACCEPT
ebtables -A FORWARD -p IPv4 --ip-src 10.0.0.0/24 -j CONTINUE
iptables -A FORWARD -m mark --mark 0x23
iptables -A FORWARD -m mark ! --mark 0x23
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep received
ebtables -L FORWARD --Lc
iptables -L FORWARD -v -n -x | tail -2 | awk '{print $1, $2, $NF, $(NF-1)}'
ebtables -I FORWARD 1 -p IPv4 --ip-proto icmp --ip-src 10.0.0.1 -j DROP
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep received
ebtables -L FORWARD --Lc --Ln
ebtables -F
ebtables -A FORWARD -p IPv4 --ip-proto udp --ip-dport 9 -j DROP
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep received
ebtables -L FORWARD --Lc
