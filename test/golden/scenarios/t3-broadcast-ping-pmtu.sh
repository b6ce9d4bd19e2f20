# Who is on this segment? broadcast ping (icmp_echo_ignore_broadcasts), ping -I, -M do, ip -s -s link
ip link add lan0 type bridge; ip link set lan0 up
for i in 1 2 3; do
  ip netns add h$i
  ip link add lan0-h$i type veth peer name eth0 netns h$i
  ip link set lan0-h$i master lan0 up
  ip -n h$i addr add 10.40.0.$i/24 brd + dev eth0
  ip -n h$i link set eth0 up
done
ip netns exec h1 ping -b -c 1 -W 1 10.40.0.255 2>&1 | head -2 | sed 's/time=.*//'
for i in 2 3; do ip netns exec h$i sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0; done
ip netns exec h1 ping -b -c 2 -i 0.5 10.40.0.255 2>&1 | grep -E 'WARNING|transmitted' | sed 's/, time.*//'
ip netns exec h1 ping -c 1 -I eth0 10.40.0.2 | grep -o 'ttl=[0-9]*'
ip netns exec h1 ping -c 1 -I lo 10.40.0.2 2>&1 | tail -2 | head -1
ip netns exec h1 ping -c 1 -M do -s 1472 10.40.0.2 | grep -o 'bytes from.*ttl=[0-9]*'
ip netns exec h1 ping -c 1 -M do -s 1473 10.40.0.2 2>&1 | head -2 | tail -1
ip -n h1 -br neigh | sort
