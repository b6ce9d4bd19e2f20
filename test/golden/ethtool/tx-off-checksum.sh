# The classic fix for "cksum ... (incorrect" in tcpdump: with transmit
# checksum offload on (veth's default) a locally sent UDP datagram leaves with
# only the pseudo-header sum; after `ethtool -K veth0 tx off` the stack
# completes it in software.
ip netns add a
ip netns add b
ip link add veth0 netns a type veth peer name veth1 netns b
ip -n a addr add 10.9.0.1/24 dev veth0
ip -n b addr add 10.9.0.2/24 dev veth1
ip -n a link set veth0 up
ip -n b link set veth1 up
ip -n a neigh add 10.9.0.2 lladdr $(ip -n b -br link show veth1 | awk '{print $3}') dev veth0
ip netns exec a tcpdump -l -n -vv -i veth0 -c 2 udp 2>/dev/null > /tmp/cap.txt &
sleep 1
echo hello | ip netns exec a nc -u -w 0 -p 4000 10.9.0.2 5000
ip netns exec a ethtool -K veth0 tx off; echo rc=$?
ip netns exec a ethtool -k veth0 | grep -E '^(tx-checksumming|scatter-gather|tcp-segmentation-offload):'
echo hello | ip netns exec a nc -u -w 0 -p 4000 10.9.0.2 5000
wait
sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/' /tmp/cap.txt
