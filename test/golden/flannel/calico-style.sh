# Calico-style node: no bridge, /32 routes to host veths, proxy_arp, 169.254.1.1 gateway
ip netns add node; ip -n node link set lo up; ip netns add gw; ip -n gw link set lo up
ip netns exec node sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add eth0 netns node type veth peer name eth0 netns gw
ip -n node addr add 192.168.1.10/24 dev eth0; ip -n node link set eth0 up
ip -n gw addr add 192.168.1.1/24 dev eth0; ip -n gw link set eth0 up
ip -n node route add default via 192.168.1.1
ip -n gw route add 10.65.0.0/24 via 192.168.1.10
for i in 1 2; do
  ip netns add pod$i; ip -n pod$i link set lo up
  ip netns exec pod$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  ip link add cali$i netns node type veth peer name eth0 netns pod$i
  ip -n node link set cali$i up
  ip netns exec node sysctl -qw net.ipv4.conf.cali$i.proxy_arp=1
  ip netns exec node sysctl -qw net.ipv4.neigh.cali$i.proxy_delay=0
  ip -n pod$i addr add 10.65.0.$((i+1))/32 dev eth0
  ip -n pod$i link set eth0 up
  ip -n pod$i route add 169.254.1.1 dev eth0 scope link
  ip -n pod$i route add default via 169.254.1.1 dev eth0
  ip -n node route add 10.65.0.$((i+1))/32 dev cali$i scope link
done
ip -n pod1 route
ip -n node route
ip netns exec node tcpdump -n -i cali1 -c 4 2>/dev/null > /tmp/cal.cap &
sleep 1
ip netns exec pod1 ping -c 2 -i 0.2 10.65.0.3 | grep -v rtt
wait
sed 's/^[0-9:.]* //' /tmp/cal.cap | sed 's/is-at [0-9a-f:]*/is-at X/'
ip -n pod1 neigh | sed 's/lladdr [0-9a-f:]*/lladdr X/'
ip -n node neigh | sort | sed 's/lladdr [0-9a-f:]*/lladdr X/'
ip -n node -s link show cali2 | sed -n '1p;4,7p'
ip netns exec node nstat -az IpForwDatagrams ArpFilter
ip -n pod1 route get 10.65.0.3
ip -n node route get 10.65.0.3 from 10.65.0.2 iif cali1
ip netns exec pod1 ping -c 1 -W 1 10.65.0.99 | sed -n '2p;/transmitted/p'
ip netns exec gw ping -c 1 10.65.0.3 | sed -n 2p | sed 's/time=.*//'
ip netns exec pod2 ping -c 1 192.168.1.1 | sed -n 2p | sed 's/time=.*//'
ip -n node neigh | sort | sed 's/lladdr [0-9a-f:]*/lladdr X/'
ip netns exec node cat /proc/net/arp | wc -l
