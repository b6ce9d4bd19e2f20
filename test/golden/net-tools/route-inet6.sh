# net-tools on IPv6: route -A inet6 / route -6 listing (from /proc/net/ipv6_route)
# and add/del through SIOCADDRT/SIOCDELRT with struct in6_rtmsg.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip link set v0 up
ip -n a link set v1 up
ip -6 addr add 2001:db8:1::1/64 dev v0 nodad
ip -n a -6 addr add 2001:db8:1::2/64 dev v1 nodad
cut -d" " -f1-6,8- /proc/net/ipv6_route
route -A inet6 add 2001:db8:5::/64 gw 2001:db8:1::2
route -6 add 2001:db8:6::/64 dev v0
route -A inet6 add 2001:db8:7::1 metric 5 v0
route -A inet6 add default gw 2001:db8:1::2 dev v0
route --inet6 add 2001:db8:8::/64 gw 2001:db8:9::1; echo "rc=$?"
route -A inet6 add 2001:db8:7::/64 reject; echo "rc=$?"
route -A inet6 add 2001:db8:5::/64 gw 2001:db8:1::2; echo "rc=$?"
ip -6 route add unreachable 2001:db8:20::/48
ip -6 route
route -A inet6 | awk 'NR>2{$5="R"}1'
route -A inet6 -n | awk 'NR>2{$5="R"}1'
cut -d" " -f1-6,8- /proc/net/ipv6_route
route -A inet6 del 2001:db8:5::/64 gw 2001:db8:1::2
route -A inet6 del 2001:db8:6::/64; echo "rc=$?"
route -A inet6 del 2001:db8:6::/64; echo "rc=$?"
route -A inet6 del 2001:db8:20::/48; echo "rc=$?"
route -A inet6 del 2001:db8:20::/48 metric 1024; echo "rc=$?"
route -A inet6 del default; echo "rc=$?"
route -6 -n | awk 'NR>2{$5="R"}1'
netstat -rn -A inet6 | awk 'NR>2{$5="R"}1'
route -A inet6 flush; echo "rc=$?"
route -A inet6 add; echo "rc=$?"
ip -6 route flush dev v0
route -n -A inet6 | awk 'NR>2{$5="R"}1'
route -A inet6 add 2001:db8:7::2; echo "rc=$?"
route -A inet6 add 2001:db8:7::3 dev v0 mod
route -A inet6 add 2001:db8:zz::/64; echo "rc=$?"
route -A inet6 add 2001:db8:8::/64 gw nothere; echo "rc=$?"
route -6 add 2001:db8:9::/64 dev lo; echo "rc=$?"
ip link set v0 down
route -A inet6 add 2001:db8:7::4 dev v0; echo "rc=$?"
route -A inet6 | awk 'NR>2{$5="R"}1'
route -A inet6 -n | awk 'NR>2{$5="R"}1'
ip -6 route
