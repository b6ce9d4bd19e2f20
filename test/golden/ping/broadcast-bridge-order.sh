# A broadcast ping across a bridge: every namespace answers; the bridge floods
# to its newest port first (port_list is head-inserted), so the replies come
# back newest first, and the first reply of each sequence is the one counted.
ip link add br0 type bridge
ip link set br0 up
ip addr add 10.80.0.1/24 dev br0
for i in 1 2 3; do
  ip netns add n$i
  ip link add ve$i type veth peer name eth0 netns n$i
  ip link set ve$i master br0
  ip link set ve$i up
  ip -n n$i addr add 10.80.0.1$i/24 dev eth0
  ip -n n$i link set eth0 up
  ip netns exec n$i sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
done
sleep 1
ping -c 2 -i 0.5 -b 10.80.0.255
ping -c 1 10.80.0.255; echo "rc=$?"
ip netns exec n1 ping -c 1 -b -W 1 10.80.0.255
ip netns exec n2 ping -c 2 -i 0.3 -b 10.80.0.255 | grep bytes
