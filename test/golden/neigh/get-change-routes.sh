sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.160.0.1/24 dev veth0
ip link set veth0 up; ip link set veth1 up
ip neigh add 10.160.0.5 lladdr 02:00:00:00:00:05 dev veth0
ip neigh get 10.160.0.5 dev veth0; echo rc=$?
ip neigh get 10.160.0.6 dev veth0; echo rc=$?
ip neigh get 10.160.0.5; echo rc=$?
ip -o route
ip route list type unicast
ip route show table local type broadcast
ip -4 route show table local type local
ip route show dev veth0 scope link
ip route show via 10.160.0.1
ip -o -s link show veth0
ip neigh show 10.160.0.0/24
ip neigh change 10.160.0.5 lladdr 02:00:00:00:00:06 dev veth0
ip neigh replace 10.160.0.7 lladdr 02:00:00:00:00:07 dev veth0 nud stale
ip neigh show dev veth0
ip neigh change 10.160.0.99 lladdr 02:00:00:00:00:06 dev veth0; echo rc=$?
