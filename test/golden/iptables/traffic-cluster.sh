# cluster on live traffic: which of two nodes each source address hashes to
# (jhash of the connection's original source, seed 0xdeadbeef and 7).
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer link set vb up
for i in 2 3 4 5 6 7 8 9; do ip -n peer addr add 10.9.0.$i/24 dev vb; done
for i in 2 3 4 5 6 7 8 9; do
  iptables -t mangle -A PREROUTING -s 10.9.0.$i -p icmp -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef
  iptables -t mangle -A PREROUTING -s 10.9.0.$i -p icmp -m cluster --cluster-total-nodes 3 ! --cluster-local-nodemask 5 --cluster-hash-seed 7
done
for i in 2 3 4 5 6 7 8 9; do ip netns exec peer ping -c 1 -W 1 -I 10.9.0.$i 10.9.0.1 >/dev/null; done
iptables -t mangle -L PREROUTING -v -n -x | sed 1,2d | awk '{print $1, $7, $9, $10}'
iptables -t mangle -S PREROUTING | head -3
