# The NUD states of an IPv6 neighbour over time: REACHABLE after
# resolution; DELAY (not STALE) once reachable_time (base 200 ms) is over,
# since it was used within delay_first_probe_time (1 s); PROBE while the
# peer no longer answers (its INPUT drops ICMPv6); FAILED after 3 probes.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va address 02:00:00:00:00:0a
ip -n b link set vb address 02:00:00:00:00:0b
ip netns exec a sysctl -qw net.ipv6.neigh.va.base_reachable_time_ms=200
ip netns exec a sysctl -qw net.ipv6.neigh.va.delay_first_probe_time=1
ip netns exec b sysctl -qw net.ipv6.neigh.vb.delay_first_probe_time=60
ip -n a link set va up
ip -n b link set vb up
ip -n a -6 addr add 2001:db8::1/64 dev va nodad
ip -n b -6 addr add 2001:db8::2/64 dev vb nodad
ip netns exec a ping -c 1 -q 2001:db8::2 >/dev/null; echo "rc=$?"
ip -n a -6 neigh show 2001:db8::2
sleep 1
ip -n a -6 neigh show 2001:db8::2
ip netns exec b ip6tables -A INPUT -p ipv6-icmp -j DROP
ip netns exec a ping -c 1 -q -W 0.5 2001:db8::2 >/dev/null; echo "rc=$?"
ip -n a -6 neigh show 2001:db8::2
sleep 1
ip -n a -6 neigh show 2001:db8::2
sleep 3
ip -n a -6 neigh show 2001:db8::2
ip netns del a
ip netns del b
