# iptables NFLOG to a log group, read by tcpdump's nflog capture source: `nflog:5` gets the logged packets
# (link-type NFLOG, printed as the IP packet), `nflog` (group 0) gets nothing from a rule logging to 5;
# the packet goes on (the ping is answered) and the rule counts it. nft's `log group 6` likewise.
ip netns add a
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip -n a addr add 10.0.0.2/24 dev veth1
ip -n a link set veth1 up
iptables -A INPUT -p icmp -j NFLOG --nflog-group 5 --nflog-prefix "in: "
timeout 3 tcpdump -nn -i nflog:5 -c2 -v > d 2>&1 &
timeout 3 tcpdump -nn -i nflog -c1 > e 2>&1 &
sleep 0.5
ip netns exec a ping -c2 -i0.2 -W1 10.0.0.1 >/dev/null; echo ping=$?
wait
cat d
echo ---
cat e
iptables -L INPUT -v -n
echo ---
iptables -F
nft add table ip t
nft add chain ip t c '{ type filter hook input priority 0; }'
nft add rule ip t c icmp type echo-request log prefix '"nft: "' group 6
nft list chain ip t c
timeout 3 tcpdump -nn -i nflog:6 -c1 > f 2>&1 &
sleep 0.5
ip netns exec a ping -c1 -W1 10.0.0.1 >/dev/null; echo ping=$?
wait
cat f
nft add rule ip t c log group 3
nft -j list chain ip t c
