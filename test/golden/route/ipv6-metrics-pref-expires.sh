# IPv6 address flags (nodad, noprefixroute, home, mngtmpaddr, deprecated by
# preferred_lft 0, dynamic lifetimes) and IPv6 route metrics (mtu, advmss,
# hoplimit), pref and expires: listings and route get.
ip link add veth0 type veth peer name veth1
for d in lo veth0 veth1; do ip link set $d up; done
ip -6 addr add 2001:db8:1::1/64 dev veth0 nodad
ip -6 addr add 2001:db8:2::1/64 dev veth0 noprefixroute nodad
ip -6 addr add 2001:db8:3::1/64 dev veth0 preferred_lft 0 nodad
ip -6 addr add 2001:db8:4::1/64 dev veth0 home nodad
ip -6 addr add 2001:db8:5::1/64 dev veth0 valid_lft 100 preferred_lft 50 nodad
ip -6 addr add 2001:db8:6::1/64 dev veth0 mngtmpaddr nodad
ip -6 addr show dev veth0
ip -6 route
ip -6 route add 2001:db8:9::/64 via 2001:db8:1::2 mtu 1400
ip -6 route add 2001:db8:a::/64 via 2001:db8:1::2 pref high
ip -6 route add 2001:db8:b::/64 via 2001:db8:1::2 expires 100
ip -6 route add 2001:db8:c::/64 dev veth0 metric 5 advmss 1000 hoplimit 9
ip -6 route show
ip -6 route get 2001:db8:9::1
ip -6 route get 2001:db8:a::1
