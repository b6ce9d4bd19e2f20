# The ebtables nat table on bridged pings: dnat in PREROUTING sends a's echo
# requests to a MAC nobody has (b ignores them: no reply), redirect sends them
# to the bridge device itself; after a flush they pass. Counters per rule.
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
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep received
ebtables -t nat -A PREROUTING -p IPv4 -i va -j dnat --to-dst 02:00:00:00:00:99 --dnat-target ACCEPT
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep received
ebtables -t nat -L --Lc
ebtables -t nat -F
ebtables -t nat -A PREROUTING -p IPv4 -i va -j redirect
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep received
ebtables -t nat -L PREROUTING --Lc
ebtables -t nat -F
ebtables -t nat -A POSTROUTING -o vb -p IPv4 -j snat --to-src 02:00:00:00:00:aa --snat-target CONTINUE
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep received
ebtables-save -c | grep -v '^#'
