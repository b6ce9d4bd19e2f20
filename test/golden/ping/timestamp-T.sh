# ping -T: timestamp options through a router (tsonly, tsandaddr), stamps masked (time of day)
for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.1.1/24 dev va; ip -n r addr add 10.0.1.254/24 dev ra
ip -n r addr add 10.0.2.254/24 dev rb; ip -n b addr add 10.0.2.1/24 dev vb
ip -n a link set va up; ip -n r link set ra up; ip -n r link set rb up; ip -n b link set vb up
ip -n a route add default via 10.0.1.254; ip -n b route add default via 10.0.2.254
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
m() { sed -E 's/time=[0-9.]+/time=T/; s/= [0-9.\/]+ ms/= X ms/; s/time [0-9]+ms/time Tms/; s/\t[0-9]+ absolute/\tN absolute/; s/\t[0-9]+$/\tD/'; }
ip netns exec a ping -c 2 -T tsonly 10.0.2.1 | m
ip netns exec a ping -c 1 -T tsandaddr 10.0.2.1 | m
ip netns exec a ping -c 1 -T tsonly 10.0.1.254 | m
ip netns exec a ping -c 1 -T tsprespec 10.0.2.1 | m
ip netns exec b tcpdump -i vb -n -t -v -c 2 icmp 2>/dev/null | sed -E 's/TS\{[^}]*\}/TS{...}/' &
sleep 0.5
ip netns exec a ping -c 1 -T tsandaddr 10.0.2.1 >/dev/null
wait
ip netns exec a ping -c 1 -T foo 10.0.2.1; echo rc=$?
ip netns exec a ping -c 1 -T tsonly -R 10.0.2.1; echo rc=$?
