# Broadcast ping on a container bridge: ignored by default, answered once icmp_echo_ignore_broadcasts=0
ip link add br0 type bridge; ip addr add 10.70.0.1/24 brd + dev br0; ip link set br0 up
for i in 2 3; do
  ip netns add n$i
  ip link add v$i type veth peer name eth0 netns n$i
  ip link set v$i master br0 up
  ip -n n$i addr add 10.70.0.$i/24 brd + dev eth0; ip -n n$i link set eth0 up
done
ip -4 addr show dev br0 | grep inet
sysctl net.ipv4.icmp_echo_ignore_broadcasts
ping -c 1 -W 1 10.70.0.255 2>&1 | head -1
ping -b -c 1 -W 1 10.70.0.255 2>&1 | grep -E 'received|WARNING'
for i in 2 3; do ip netns exec n$i sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0; done
ping -b -c 2 -i 0.3 -W 1 10.70.0.255 2>&1 | grep -E 'WARNING|received' | sed 's/, time.*//'
ip netns exec n2 nstat -az IcmpInEchos IcmpOutEchoReps | awk 'NR>1{print $1,$2}'
