# route -6 / netstat -r -6 without -n: INET6_rresolve asks getnameinfo for every address but the
# unspecified one ("[::]"): /etc/hosts, then a DNS PTR question under ip6.arpa (asked over IPv4
# here, unreachable: two attempts each, IpOutNoRoutes), with no cache between rows. The Ref column
# is left out: the kernel's count includes per-CPU route copies made by lookups (not modelled).
ip link add br0 type bridge
ip link set br0 up
ip -6 addr add 2001:db8::1/64 dev br0 nodad
ip -6 route add 2001:db8:6::/64 dev br0
c() { nstat -az IpOutNoRoutes | tail -1 | awk '{print $1 "=" $2}'; }
c
route -6 | awk 'NR<=2{print;next}{$5="";print}'; c
netstat -r -6 | awk 'NR<=2{print;next}{$5="";print}'; c
route -A inet6 -n | awk 'NR<=2{print;next}{$5="";print}'; c
