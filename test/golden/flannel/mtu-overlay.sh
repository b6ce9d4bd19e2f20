# MTU mismatch through VXLAN: container MTU 1500 over a 1450 vxlan, PMTU and fragmentation
ip netns add n1; ip netns add n2
ip link add eth0 netns n1 type veth peer name eth0 netns n2
for n in 1 2; do
  ip -n n$n link set lo up
  ip -n n$n addr add 192.168.1.$n/24 dev eth0; ip -n n$n link set eth0 up
  ip -n n$n link add vx0 type vxlan id 1 dstport 8472 local 192.168.1.$n dev eth0 nolearning
  ip -n n$n link set vx0 address 02:00:00:00:0$n:01
  ip -n n$n addr add 10.244.$n.0/32 dev vx0
  ip -n n$n link set vx0 up
  ip -n n$n link add cni0 type bridge; ip -n n$n addr add 10.244.$n.1/24 dev cni0; ip -n n$n link set cni0 up
  ip netns exec n$n sysctl -qw net.ipv4.ip_forward=1
  ip netns add p$n; ip -n p$n link set lo up
  ip -n n$n link add veth0 type veth peer name eth0 netns p$n
  ip -n n$n link set veth0 master cni0 up
  ip -n p$n addr add 10.244.$n.2/24 dev eth0; ip -n p$n link set eth0 up
  ip -n p$n route add default via 10.244.$n.1
done
ip -n n1 route add 10.244.2.0/24 via 10.244.2.0 dev vx0 onlink
ip -n n2 route add 10.244.1.0/24 via 10.244.1.0 dev vx0 onlink
ip -n n1 neigh add 10.244.2.0 lladdr 02:00:00:00:02:01 dev vx0 nud permanent
ip -n n2 neigh add 10.244.1.0 lladdr 02:00:00:00:01:01 dev vx0 nud permanent
ip netns exec n1 bridge fdb append 02:00:00:00:02:01 dev vx0 dst 192.168.1.2
ip netns exec n2 bridge fdb append 02:00:00:00:01:01 dev vx0 dst 192.168.1.1
ip -n n1 link show vx0 | head -1
ip -n p1 link show eth0 | head -1
ip netns exec p1 ping -c 1 -W 1 -s 1400 10.244.2.2 | grep -v rtt
ip netns exec p1 ping -c 1 -W 1 -s 1472 -M do 10.244.2.2 | grep -v rtt
ip netns exec p1 ping -c 1 -W 1 -s 1472 -M do 10.244.2.2 | grep -v rtt
ip -n p1 route get 10.244.2.2
ip netns exec p1 ping -c 1 -W 1 -s 1472 10.244.2.2 | grep -v rtt
ip netns exec n1 tcpdump -nn -i eth0 -c 2 -v udp > /tmp/c 2>/dev/null &
sleep 1
ip netns exec p1 ping -c 1 -W 1 -s 1600 -M dont 10.244.2.2 | grep -v rtt
wait
sed 's/^[0-9:.]* //;s/id [0-9]*/id I/;s/\.[0-9]* > /.P > /' /tmp/c
echo "--- underlay smaller than vxlan+50"
ip -n n1 link set eth0 mtu 1400
ip -n n1 link show vx0 | head -1
ip netns exec p1 ping -c 1 -W 1 -s 1400 10.244.2.2 | grep -v rtt
ip -n n1 -s link show vx0 | sed -n '4,7p'
nstat -a 2>/dev/null | head -0
ip netns exec n1 nstat -az IpFragCreates IpFragOKs IpFragFails IpOutDiscards | tail -n +2
