# ping to a subnet broadcast without -b, with -b (replies from every host, DUP!), quiet, 255.255.255.255
ip netns add a; ip netns add b; ip netns add c
ip link add br0 netns a type bridge
ip -n a link set br0 up
ip -n a addr add 10.1.0.1/24 dev br0
for n in b c; do
  ip link add v$n netns a type veth peer name eth0 netns $n
  ip -n a link set v$n master br0 up
  ip -n $n link set eth0 up
done
ip -n b addr add 10.1.0.2/24 dev eth0
ip -n c addr add 10.1.0.3/24 dev eth0
ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
ip netns exec c sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
sleep 1
ip netns exec a ping -c 2 -i 0.5 10.1.0.255; echo rc=$?
ip netns exec a ping -c 2 -i 0.5 -b 10.1.0.255 | sort; echo rc=$?
ip netns exec a ping -c 2 -i 0.5 -b -q 10.1.0.255; echo rc=$?
ip netns exec a ping -c 1 -b 255.255.255.255 2>&1 | sort; echo rc=$?
ip netns exec a sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
ip netns exec b ping -c 2 -i 0.5 -b 10.1.0.255 | sort; echo rc=$?
