# CNI bridge plugin shape: cni0 isGateway, host-local IPAM, ipMasq chain per container, hairpinMode
ip netns add node; ip -n node link set lo up
ip netns exec node sysctl -qw net.ipv4.ip_forward=1
ip netns add up; ip -n up link set lo up
ip link add eth0 netns node type veth peer name eth0 netns up
ip -n node addr add 192.168.10.2/24 dev eth0; ip -n node link set eth0 up
ip -n up addr add 192.168.10.1/24 dev eth0; ip -n up link set eth0 up
ip -n node route add default via 192.168.10.1
ip -n node link add cni0 type bridge
ip -n node link set cni0 up
for i in 2 3; do
  ip netns add pod$i; ip -n pod$i link set lo up
  ip -n pod$i link add eth0 type veth peer name veth$i
  ip -n pod$i link set veth$i netns node
  ip -n node link set veth$i up
  ip -n node link set veth$i master cni0
  ip netns exec node bridge link set dev veth$i hairpin on
  ip -n pod$i addr add 10.22.0.$i/16 dev eth0
  ip -n pod$i link set eth0 up
  ip -n pod$i route add default via 10.22.0.1 dev eth0
done
ip -n node addr add 10.22.0.1/16 dev cni0
I="ip netns exec node iptables"
for i in 2 3; do
  $I -t nat -N CNI-pod$i
  $I -t nat -A CNI-pod$i -d 10.22.0.0/16 -m comment --comment "name: \"mynet\" id: \"pod$i\"" -j ACCEPT
  $I -t nat -A CNI-pod$i ! -d 224.0.0.0/4 -m comment --comment "name: \"mynet\" id: \"pod$i\"" -j MASQUERADE
  $I -t nat -A POSTROUTING -s 10.22.0.$i -m comment --comment "name: \"mynet\" id: \"pod$i\"" -j CNI-pod$i
done
ip netns exec node bridge link show
ip netns exec node bridge -d link show dev veth2
ip -n node -d link show veth2 | sed -n '1,3p'
ip -n pod2 route
ip netns exec pod2 ping -c 1 10.22.0.3 | grep -c '1 received'
ip netns exec pod2 ping -c 2 -i 0.2 192.168.10.1 | grep -v rtt
ip netns exec node iptables -t nat -L -n
ip netns exec node iptables-save -t nat | grep -v '^#'
ip netns exec node conntrack -L 2>/dev/null | grep -v 224.0.0.22 | sed 's/ timeout=[0-9]*//;s/id=[0-9]*/id=I/g' | sort
cat /sys/class/net/cni0/brif/veth2/hairpin_mode 2>&1
ip netns exec node cat /sys/class/net/cni0/brif/veth2/hairpin_mode
