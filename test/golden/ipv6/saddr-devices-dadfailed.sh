# Source selection across devices and DAD failure between two namespaces.
ip netns add a; ip netns add b; ip netns add c
ip link add a1 netns a type veth peer name b1 netns b
ip link add a2 netns a type veth peer name c1 netns c
for x in "a a1" "a a2" "b b1" "c c1" "a lo"; do set -- $x; ip -n $1 link set $2 up; done
ip -n a -6 addr add 2001:db8:1::1/64 dev a1 nodad
ip -n a -6 addr add 2001:db8:2::1/64 dev a2 nodad
ip -n a -6 addr add fd00:1::1/64 dev a2 nodad
ip -n a -6 addr add 2001:db8:ffff::1/128 dev lo
ip -n a -6 route add 2001:db8:9::/64 dev a1
ip -n a -6 route add fd00:9::/64 dev a1
ip -n a -6 route add 2001:db8:8::/64 dev a2
ip -n a -6 route add 2001:db8:7::/64 dev a2 src 2001:db8:ffff::1
ip -n a -6 route get 2001:db8:9::1
ip -n a -6 route get fd00:9::1
ip -n a -6 route get 2001:db8:8::1
ip -n a -6 route get 2001:db8:7::1
ip -n a -6 route get 2001:db8:9::1 from 2001:db8:2::1
ip -n a -6 route get 2001:db8:9::1 from 2001:db8:3::1 2>&1
ip -n a -6 route get fe80::1 dev a2 2>&1 | sed 's/src fe80::[0-9a-f:]*/src LL/'
ip -n a -6 route get ff02::1 dev a1 2>&1 | sed 's/src fe80::[0-9a-f:]*/src LL/'
ip -n a -6 route add 2001:db8:6::/64 dev a2 src 2001:db8:5::1 2>&1
ip -n a -6 addr change 2001:db8:2::1/64 dev a2 preferred_lft 0
ip -n a -6 route get 2001:db8:8::1
ip -n a -6 route get 2001:db8:9::1
sleep 2
ip -n b -6 addr add 2001:db8:1::1/64 dev b1
sleep 2
ip -n b -6 addr show dev b1 | grep 2001
ip -n b -6 route get 2001:db8:1::5 2>&1
ip netns exec b ping -6 -c 1 -W 1 -I 2001:db8:1::1 2001:db8:1::5 2>&1 | head -2
ip netns exec b nstat -az Icmp6OutNeighborSolicits Icmp6InNeighborAdvertisements | tail -2
ip -n b -6 addr del 2001:db8:1::1/64 dev b1
ip -n b -6 addr add 2001:db8:1::1/64 dev b1 nodad
ip -n b -6 addr show dev b1 | grep 2001
