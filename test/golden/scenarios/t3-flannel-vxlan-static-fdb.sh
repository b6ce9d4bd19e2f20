# flannel.1 by hand on two nodes: vxlan nolearning, static neigh + fdb entries per remote node
set -e
ip netns add node-a; ip netns add node-b
ip link add ens3 netns node-a type veth peer name ens3 netns node-b
ip -n node-a addr add 10.0.0.1/24 dev ens3; ip -n node-b addr add 10.0.0.2/24 dev ens3
i=1
for n in node-a node-b; do
  ip -n $n link set ens3 up; ip -n $n link set lo up
  ip -n $n link add flannel.1 address 02:42:0a:f4:0$i:00 type vxlan id 1 local 10.0.0.$i dev ens3 dstport 8472 nolearning
  ip -n $n addr add 10.244.$i.0/32 dev flannel.1
  ip netns exec $n sysctl -w net.ipv6.conf.flannel/1.disable_ipv6=1
  ip -n $n link set flannel.1 up
  ip -n $n link add cni0 type bridge; ip -n $n addr add 10.244.$i.1/24 dev cni0; ip -n $n link set cni0 up
  ip netns exec $n sysctl -qw net.ipv4.ip_forward=1
  i=$((i+1))
done
# node-a learns about node-b (what flanneld does from the subnet lease)
ip -n node-a route add 10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink
ip -n node-a neigh add 10.244.2.0 lladdr 02:42:0a:f4:02:00 dev flannel.1 nud permanent
bridge -n node-a fdb add 02:42:0a:f4:02:00 dev flannel.1 dst 10.0.0.2
ip -n node-b route add 10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink
ip -n node-b neigh add 10.244.1.0 lladdr 02:42:0a:f4:01:00 dev flannel.1 nud permanent
bridge -n node-b fdb add 02:42:0a:f4:01:00 dev flannel.1 dst 10.0.0.1
ip -n node-a -d link show flannel.1 | sed -n '1,3p' | sed 's/^[0-9]*: //'
bridge -n node-a fdb show dev flannel.1
ip -n node-a neigh show dev flannel.1
ip netns exec node-a ping -c 2 -i 0.3 10.244.2.1 | grep -E 'ttl|received' | sed 's/time=.*//; s/time [0-9]*ms//'
ip netns exec node-b tcpdump -c 2 -nn -i ens3 udp port 8472 2>/dev/null &
sleep 0.5
ip netns exec node-a ping -c 1 10.244.2.1 >/dev/null
wait
ip -n node-a -s link show flannel.1 | awk 'NR==4 || NR==6'
ip -n node-a route get 10.244.2.77
