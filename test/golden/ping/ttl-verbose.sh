ip netns add r
ip netns add b
ip link add veth0 type veth peer name r0 netns r
ip -n r link add r1 type veth peer name veth0 netns b
ip addr add 10.4.0.1/24 dev veth0
ip -n r addr add 10.4.0.254/24 dev r0
ip -n r addr add 10.5.0.254/24 dev r1
ip -n b addr add 10.5.0.1/24 dev veth0
ip link set veth0 up
ip -n r link set r0 up
ip -n r link set r1 up
ip -n b link set veth0 up
ip route add default via 10.4.0.254
ip -n b route add default via 10.5.0.254
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ping -c 2 -t 1 -W 1 10.5.0.1; echo rc=$?
ping -c 2 -t 2 -W 1 10.5.0.1; echo rc=$?
ping -c 1 -t 1 -W 1 -v 10.5.0.1; echo rc=$?
ping -c 2 -W 1 10.6.0.1; echo rc=$?
