# ebtables' arp and pkttype matches on bridged traffic: a rule dropping ARP
# requests for 10.0.0.2 cuts the ping (no neighbour entry), a broadcast
# pkttype rule counts the requests first; allowing them again lets the ping
# through, and the counters show the ARP request/reply frames (28 bytes each).
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
ebtables -A FORWARD --pkttype-type broadcast -p ARP -j CONTINUE
ebtables -A FORWARD -p ARP --arp-op Request --arp-ip-dst 10.0.0.2 -j DROP
ebtables -A FORWARD -p ARP --arp-op Reply --arp-mac-dst ! 00:00:00:00:00:00 -j CONTINUE
ip netns exec a ping -c 1 -W 0.5 10.0.0.2 | grep received
ip -n a neigh show 10.0.0.2 | awk '{print $1, $NF}'
ebtables -L FORWARD --Lc --Ln
ebtables -D FORWARD 2
ip -n a neigh flush all
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep received
ebtables -L FORWARD --Lc
