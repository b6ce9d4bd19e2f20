# MTU problems: a router with a smaller link, ping -M do, PMTU cache, tracepath-like probing
ip netns add c; ip netns add r; ip netns add s
ip link add c0 netns c type veth peer name r0 netns r
ip link add r1 netns r type veth peer name s0 netns s
ip -n c addr add 10.1.1.2/24 dev c0; ip -n r addr add 10.1.1.1/24 dev r0
ip -n r addr add 10.2.2.1/24 dev r1; ip -n s addr add 10.2.2.2/24 dev s0
for x in "c c0" "r r0" "r r1" "s s0"; do set -- $x; ip -n $1 link set $2 up; done
ip -n c route add default via 10.1.1.1; ip -n s route add default via 10.2.2.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip -n r link set r1 mtu 1400
ip -n s link set s0 mtu 1400
ip -n c link show c0 | grep -o 'mtu [0-9]*'
ip netns exec c ping -c 1 -M do -s 1472 10.2.2.2; echo "rc=$?"
# (the exception's "expires 599sec/600sec" depends on where the kernel's jiffies stand)
ip -n c route get 10.2.2.2 | grep -o 'mtu [0-9]*'
ip netns exec c ping -c 1 -M do -s 1472 10.2.2.2; echo "rc=$?"
ip netns exec c ping -c 1 -M do -s 1372 10.2.2.2 | grep -c 'bytes from'
ip netns exec c ping -c 1 -M dont -s 1472 10.2.2.2 | grep 'bytes from' | sed 's/time=.*//'
ip -n c route flush cache
ip -n c route get 10.2.2.2
ip -n r link set r1 mtu 100; echo "rc=$?"
ip -n r link set r1 mtu 67; echo "rc=$?"
ip -n r link set r1 mtu 65536; echo "rc=$?"
ip -n r link set r1 mtu abc; echo "rc=$?"
ip netns exec c ping -c 1 -s 1472 -M want 10.2.2.2 | sed 's/time=.*//'
