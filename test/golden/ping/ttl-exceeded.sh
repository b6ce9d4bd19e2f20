# A router namespace between two others: TTL expiry, forwarding on/off.
ip netns add h1
ip netns add r
ip netns add h2
ip link add a1 netns h1 type veth peer name ra netns r
ip link add a2 netns h2 type veth peer name rb netns r
ip -n h1 addr add 10.0.1.2/24 dev a1
ip -n r addr add 10.0.1.1/24 dev ra
ip -n r addr add 10.0.2.1/24 dev rb
ip -n h2 addr add 10.0.2.2/24 dev a2
for ns in h1 r h2; do ip -n $ns link set lo up; done
ip -n h1 link set a1 up
ip -n h2 link set a2 up
ip -n r link set ra up
ip -n r link set rb up
ip -n h1 route add default via 10.0.1.1
ip -n h2 route add default via 10.0.2.1
ip netns exec r cat /proc/sys/net/ipv4/ip_forward
ip netns exec h1 ping -c 2 -i 0.3 -W 0.5 10.0.2.2; echo "rc=$?"
ip netns exec h1 ping -c 1 10.0.2.1; echo "rc=$?"
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec h1 ping -c 2 -i 0.3 10.0.2.2; echo "rc=$?"
ip netns exec h1 ping -c 2 -i 0.3 -t 1 10.0.2.2; echo "rc=$?"
ip netns exec h1 ping -c 1 -t 2 10.0.2.2; echo "rc=$?"
ip netns exec h1 ping -c 2 -i 0.3 10.0.3.3; echo "rc=$?"
ip netns exec h2 ping -c 1 10.0.1.2; echo "rc=$?"
