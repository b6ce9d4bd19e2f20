# An L3 router namespace with three LANs; traffic from LAN3 is policy-routed through a second uplink
set -e
ip netns add r
for i in 1 2 3; do
  ip netns add lan$i
  ip link add r-lan$i netns r type veth peer name eth0 netns lan$i
  ip -n r addr add 10.$i.0.1/24 dev r-lan$i; ip -n r link set r-lan$i up
  ip -n lan$i addr add 10.$i.0.10/24 dev eth0; ip -n lan$i link set eth0 up
  ip -n lan$i route add default via 10.$i.0.1
done
ip netns add isp-a; ip netns add isp-b
ip link add wan-a netns r type veth peer name eth0 netns isp-a
ip link add wan-b netns r type veth peer name eth0 netns isp-b
ip -n r addr add 203.0.113.2/30 dev wan-a; ip -n isp-a addr add 203.0.113.1/30 dev eth0
ip -n r addr add 198.51.100.2/30 dev wan-b; ip -n isp-b addr add 198.51.100.1/30 dev eth0
for n in r isp-a isp-b; do ip -n $n link set lo up; done
ip -n r link set wan-a up; ip -n r link set wan-b up
ip -n isp-a link set eth0 up; ip -n isp-b link set eth0 up
ip -n isp-a addr add 8.8.8.8/32 dev lo; ip -n isp-b addr add 8.8.8.8/32 dev lo
ip -n isp-a route add 10.0.0.0/8 via 203.0.113.2
ip -n isp-b route add 10.0.0.0/8 via 198.51.100.2
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip -n r route add default via 203.0.113.1
ip -n r route add default via 198.51.100.1 table 100
ip -n r route add 10.0.0.0/8 dev r-lan1 table 100 2>/dev/null || true
ip -n r rule add from 10.3.0.0/24 lookup 100 priority 1000
ip -n r rule show
ip -n r route show table 100
for i in 1 2 3; do
  printf 'lan%d -> ' $i
  ip -n r route get 8.8.8.8 from 10.$i.0.10 iif r-lan$i | head -1
done
set +e
for i in 1 2 3; do
  ip netns exec isp-b timeout 3 tcpdump -c 1 -n -i eth0 icmp 2>/dev/null | awk '{print "isp-b saw", $3, $4, $5}' &
  sleep 0.4
  ip netns exec lan$i ping -c 1 -W 1 8.8.8.8 | grep -o '1 received' || echo "lan$i: no reply"
  wait
done
