# Route metrics breadth (IPv4 and IPv6): mtu lock, rto_min (always locked), hoplimit range, rtt/rttvar units,
# quickack/features/congctl for IPv6 routes too, an unknown congestion control refused by both families.
ip link add d0 type veth peer name d1
ip link set d1 up
ip link set d0 up
ip addr add 10.0.0.1/24 dev d0
ip route add 10.1.0.0/24 via 10.0.0.2 mtu lock 1400 rto_min 50ms hoplimit 10 advmss 1300 window 1000 initcwnd 20 initrwnd 30 quickack 1 features ecn congctl cubic rtt 100ms rttvar 50 reordering 4 ssthresh 9 cwnd 11
ip route show 10.1.0.0/24
ip -d route show 10.1.0.0/24
ip -j route show 10.1.0.0/24
ip route get 10.1.0.5
ip route add 10.2.0.0/24 via 10.0.0.2 mtu 100; echo rc=$?
ip route add 10.2.0.0/24 via 10.0.0.2 mtu lock 68; echo rc=$?
ip route add 10.3.0.0/24 via 10.0.0.2 hoplimit 256; echo rc=$?
ip route add 10.3.0.0/24 via 10.0.0.2 rto_min 0; echo rc=$?
ip route add 10.4.0.0/24 via 10.0.0.2 congctl lock reno; echo rc=$?
ip route add 10.5.0.0/24 via 10.0.0.2 congctl nosuch; echo rc=$?
ip route add 10.6.0.0/24 via 10.0.0.2 rtt 3s rttvar 2s; echo rc=$?
ip route add 10.7.0.0/24 via 10.0.0.2 mtu abc; echo rc=$?
ip route add 10.7.0.0/24 via 10.0.0.2 quickack 2; echo rc=$?
ip route add 10.7.0.0/24 via 10.0.0.2 features foo; echo rc=$?
ip route
ip -6 addr add 2001:db8::1/64 dev d0 nodad
ip -6 route add 2001:db8:1::/64 via 2001:db8::2 mtu 1400 hoplimit 5 rto_min 20ms
ip -6 route add 2001:db8:2::/64 via 2001:db8::2 mtu lock 1200
ip -6 route show 2001:db8:1::/64
ip -6 route show 2001:db8:2::/64
ip -6 route get 2001:db8:1::1
ip route change 10.1.0.0/24 via 10.0.0.2 mtu 1500
ip route show 10.1.0.0/24
ip -6 route add 2001:db8:3::/64 via 2001:db8::2 rtt 30ms rttvar lock 10ms quickack 1 congctl lock cubic features ecn initcwnd 4 window 100 advmss 1200 reordering 5; echo rc=$?
ip -6 route show 2001:db8:3::/64
ip -6 -j route show 2001:db8:3::/64
ip -6 route add 2001:db8:4::/64 via 2001:db8::2 hoplimit 300; echo rc=$?
ip -6 route add 2001:db8:4::/64 via 2001:db8::2 congctl nosuch; echo rc=$?
ip -6 route add 2001:db8:4::/64 via 2001:db8::2 quickack 3; echo rc=$?
ip -6 route get 2001:db8:3::1
