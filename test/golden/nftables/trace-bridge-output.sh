# nft monitor trace in a bridge table's forward chain (both devices, ip protocol kept, ether type dropped)
# and in an ip output chain (no input device, no link-layer header).
ip netns add a
ip netns add b
ip link add br0 type bridge
ip link add veth0 type veth peer name veth1 netns a
ip link add veth2 type veth peer name veth3 netns b
ip link set veth0 master br0
ip link set veth2 master br0
ip link set br0 up
ip link set veth0 up
ip link set veth2 up
ip -n a addr add 10.0.0.2/24 dev veth1
ip -n a link set veth1 up
ip -n b addr add 10.0.0.3/24 dev veth3
ip -n b link set veth3 up
nft add table bridge t
nft add chain bridge t f '{ type filter hook forward priority 0; policy accept; }'
nft add rule bridge t f ip protocol icmp meta nftrace set 1
nft add rule bridge t f icmp type echo-reply counter
timeout 5 nft monitor trace > f 2>&1 &
sleep 0.3
ip netns exec a ping -c1 -W1 10.0.0.3 >/dev/null; echo ping=$?
sleep 0.3
kill %1; wait
cat f
echo ---
nft flush ruleset
nft add table ip t
nft add chain ip t out '{ type filter hook output priority 0; policy accept; }'
nft add rule ip t out meta nftrace set 1
ip addr add 10.0.0.1/24 dev br0
timeout 5 nft monitor trace > f 2>&1 &
sleep 0.3
ping -c1 -W1 10.0.0.2 >/dev/null; echo ping=$?
sleep 0.3
kill %1; wait
cat f
