# CNI ptp plugin shape: /32 on the container, onlink default route via the host side, host /32 routes, proxy_arp
ip netns add node; ip -n node link set lo up
ip netns exec node sysctl -qw net.ipv4.ip_forward=1
for i in 2 3; do
  ip netns add pod$i; ip -n pod$i link set lo up
  ip -n node link add veth$i type veth peer name eth0 netns pod$i
  ip -n node addr add 10.1.1.1/32 dev veth$i
  ip -n node link set veth$i up
  ip -n pod$i addr add 10.1.1.$i/32 dev eth0
  ip -n pod$i link set eth0 up
  ip -n pod$i route add 10.1.1.1/32 dev eth0 scope link
  ip -n pod$i route add default via 10.1.1.1 dev eth0 src 10.1.1.$i
  ip -n node route add 10.1.1.$i/32 dev veth$i scope host
done
ip -n pod2 route
ip -n node route
ip -n node addr show veth2
ip netns exec pod2 ping -c 2 -i 0.2 10.1.1.3 | grep -v rtt
ip -n pod2 neigh
ip -n node neigh | sort
echo "--- without the gateway route"
ip -n pod3 route del default
ip -n pod3 route del 10.1.1.1/32 dev eth0
ip -n pod3 route add default via 10.1.1.1 dev eth0
ip -n pod3 route add default via 10.1.1.1 dev eth0 onlink
ip -n pod3 route
ip netns exec pod3 ping -c 1 -W 1 10.1.1.2 | grep -v rtt
echo "--- calico style: 169.254.1.1 and proxy_arp"
ip -n pod3 route flush table main
ip -n pod3 route add 169.254.1.1 dev eth0 scope link
ip -n pod3 route add default via 169.254.1.1 dev eth0
ip netns exec pod3 ping -c 1 -W 1 10.1.1.2 | grep -v rtt
ip netns exec node sysctl -w net.ipv4.conf.veth3.proxy_arp=1
ip netns exec pod3 ping -c 1 -W 1 10.1.1.2 | grep -v rtt
ip -n pod3 neigh
