# A neighbour that never answers: INCOMPLETE while probing, FAILED after 3 probes.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ping -c 1 -W 1 10.0.0.2 > /dev/null; echo "rc=$?"
echo "-- ip neigh"
ip neigh
sleep 3
echo "-- ip neigh"
ip neigh
echo "-- ip neigh show nud failed"
ip neigh show nud failed
echo "-- ip neigh show nud incomplete"
ip neigh show nud incomplete
echo "-- arp -n"
arp -n
