# Flannel's vxlan shape with 2 nodes on one underlay switch; each node has a cni0
# bridge (10.244.N.1/24) and two pods (namespaces with a veth into cni0).
ip netns add sw
ip -n sw link add br0 type bridge
ip -n sw link set br0 up
for n in $(seq 2); do
  ip netns add node$n
  ip netns exec node$n sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  ip link add eth0 netns node$n type veth peer name n$n netns sw
  ip -n sw link set n$n master br0
  ip -n sw link set n$n up
  ip -n node$n addr add 192.168.1.$n/24 dev eth0
  ip -n node$n link set eth0 up
  ip -n node$n link add cni0 type bridge
  ip -n node$n addr add 10.244.$n.1/24 dev cni0
  ip -n node$n link set cni0 up
  for p in 2 3; do
    ip netns add pod$n-$p
    ip netns exec pod$n-$p sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    ip -n node$n link add veth$p type veth peer name eth0 netns pod$n-$p
    ip -n node$n link set veth$p master cni0
    ip -n node$n link set veth$p up
    ip -n pod$n-$p addr add 10.244.$n.$p/24 dev eth0
    ip -n pod$n-$p link set eth0 up
    ip -n pod$n-$p route add default via 10.244.$n.1
  done
  ip -n node$n link add flannel.1 type vxlan id 1 dstport 8472 local 192.168.1.$n dev eth0 nolearning
  ip -n node$n link set flannel.1 address 0a:00:00:00:00:0$n
  ip -n node$n addr add 10.244.$n.0/32 dev flannel.1
  ip -n node$n link set flannel.1 up
done
for n in $(seq 2); do
  for m in $(seq 2); do
    [ $n = $m ] && continue
    ip -n node$n route add 10.244.$m.0/24 via 10.244.$m.0 dev flannel.1 onlink
    ip -n node$n neigh add 10.244.$m.0 lladdr 0a:00:00:00:00:0$m dev flannel.1 nud permanent
    ip netns exec node$n bridge fdb append 0a:00:00:00:00:0$m dev flannel.1 dst 192.168.1.$m
  done
done
ip netns exec node1 tcpdump -n -e -i eth0 -c 4 udp > /tmp/cap 2>/dev/null &
ip netns exec node2 tcpdump -n -i flannel.1 -c 4 > /tmp/cap2 2>/dev/null &
sleep 1
ip netns exec pod1-2 ping -c 1 10.244.2.2 > /dev/null
ip netns exec pod1-3 ping -c 1 10.244.2.3 > /dev/null
wait
cat /tmp/cap
echo ---
cat /tmp/cap2
