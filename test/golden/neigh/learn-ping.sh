# Entries learned by a ping: REACHABLE on the pinging side; the answering side
# learns the requester from its ARP request (STALE) and sends the replies in DELAY.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
echo "-- ip -n a neigh"
ip -n a neigh
ip netns exec a ping -c 1 10.0.0.2 > /dev/null
echo "-- ip -n a neigh"
ip -n a neigh
echo "-- ip -n b neigh"
ip -n b neigh
echo "-- ip -n a -s neigh"
ip -n a -s neigh
echo "-- ip -n b -s neigh"
ip -n b -s neigh
echo "-- ip netns exec a arp -n"
ip netns exec a arp -n
echo "-- ip netns exec b arp -a"
ip netns exec b arp -a
