# IPv6 reject routes on one host: blackhole/unreachable/prohibit/throw added,
# listed (dev lo), looked up (each its own error), pinged, deleted (the type is
# not compared), replaced, flushed by type; /proc/net/ipv6_route (refcounts cut).
ip link set lo up
ip link add d0 type veth peer name d1
ip link set d1 up
ip link set d0 up
ip -6 addr add 2001:db8:1::1/64 dev d0 nodad
ip -6 route add blackhole 2001:db8:10::/48
ip -6 route add unreachable 2001:db8:20::/48
ip -6 route add prohibit 2001:db8:30::/48
ip -6 route add throw 2001:db8:40::/48
ip -6 route add unreachable 2001:db8:50::/48 metric 10
ip -6 route
ip -6 route show type unreachable
ip -6 route get 2001:db8:10::1; echo "rc=$?"
ip -6 route get 2001:db8:20::1; echo "rc=$?"
ip -6 route get 2001:db8:30::1; echo "rc=$?"
ip -6 route get 2001:db8:40::1; echo "rc=$?"
ping -c 1 -W 1 2001:db8:10::1; echo "rc=$?"
ping -c 1 -W 1 2001:db8:20::1; echo "rc=$?"
ping -c 1 -W 1 2001:db8:30::1; echo "rc=$?"
ping -c 1 -W 1 2001:db8:40::1; echo "rc=$?"
ip -6 route del unreachable 2001:db8:20::/48
ip -6 route del 2001:db8:30::/48
ip -6 route del blackhole 2001:db8:40::/48; echo "rc=$?"
ip -6 route
cut -d" " -f1-6,8- /proc/net/ipv6_route | grep -v " lo$"
ip -6 -d route show 2001:db8:10::/48
ip -j -6 route show type blackhole
ip -6 route add unreachable default metric 4000
ip -6 route add blackhole 2001:db8:60::1
ip -6 route add prohibit 2001:db8:70::/64 dev d0; echo "rc=$?"
ip -6 route add unreachable 2001:db8:80::/64 via 2001:db8:1::9; echo "rc=$?"
ip -6 route add blackhole 2001:db8:10::/48; echo "rc=$?"
ip -6 route replace blackhole 2001:db8:10::/48 metric 1024 proto static
ip -6 route
ip -6 route get 2001:db8:60::1; echo "rc=$?"
ip -6 route get 2001:db8:99::1; echo "rc=$?"
ping -c 1 -W 1 2001:db8:99::1; echo "rc=$?"
ip -6 route flush type unreachable; echo "rc=$?"
ip -6 route
cut -d" " -f1-6,8- /proc/net/ipv6_route
ip -6 route show 2001:db8:10::/48
ip -6 route show root 2001:db8::/32
ip -6 route show match 2001:db8:70::5
ip -6 route list exact 2001:db8:60::1/128
ip -6 route show default
ip -6 route show 2001:db8:zz::; echo "rc=$?"
