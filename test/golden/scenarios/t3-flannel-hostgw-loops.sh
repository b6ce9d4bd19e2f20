# flannel host-gw for three nodes generated with loops, route replace and awk checks
set -e
ip link add sw0 type bridge; ip link set sw0 up
NODES="1 2 3"
for i in $NODES; do
  ip netns add node$i
  ip link add sw0-n$i type veth peer name eth0 netns node$i
  ip link set sw0-n$i master sw0 up
  ip -n node$i addr add 172.16.0.$i/24 dev eth0
  ip -n node$i link set eth0 up
  ip -n node$i link set lo up
  ip -n node$i link add cni0 type bridge
  ip -n node$i addr add 10.244.$i.1/24 dev cni0
  ip -n node$i link set cni0 up
  ip netns exec node$i sysctl -qw net.ipv4.ip_forward=1
done
for i in $NODES; do
  for j in $NODES; do
    [ $i = $j ] && continue
    ip -n node$i route replace 10.244.$j.0/24 via 172.16.0.$j dev eth0
  done
done
ip -n node1 route replace 10.244.3.0/24 via 172.16.0.3 dev eth0 onlink
for i in $NODES; do
  echo "node$i: $(ip -n node$i route show | grep -c 'via 172.16')" routes
done
ip -n node2 -o route show | awk '$2=="via" {print $1" -> "$3}'
ip netns exec node1 ping -c1 10.244.3.1 | grep -o 'ttl=[0-9]*'
ip netns exec node1 ping -c1 -I 10.244.1.1 10.244.2.1 | grep -o 'ttl=[0-9]*'
ip -n node1 route get 10.244.2.9 | head -1
ip -n node3 route del 10.244.9.0/24 2>&1 || echo "rc=$?"
ip -n node1 route show 10.244.3.0/24
