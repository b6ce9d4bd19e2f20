# ip monitor (no object: every group) and `ip monitor all` (the same, with
# [LINK]/[NETCONF]/[ADDR]/[ROUTE]/[RULE]/[NEIGH] banners), IPv6 off for new
# devices (no multicast neighbour entries, whose deletion the kernel reports
# a varying number of times): netconf announced and withdrawn with each
# device, addresses with their routes, a static neighbour, rules.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip monitor > /tmp/m1 &
ip monitor all > /tmp/m2 &
sleep 0.3
ip link add d0 type veth peer name d1
ip link set d0 up
ip link set d1 up
sleep 1.5
ip addr add 10.0.0.1/24 dev d0
ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev d0
ip neigh del 10.0.0.7 dev d0
ip route add 10.9.0.0/16 via 10.0.0.2
ip rule add from 10.1.0.0/16 table 100
ip rule del from 10.1.0.0/16 table 100
ip link del d0
sleep 0.3
kill %1 %2; wait
echo "--- (none)"
cat /tmp/m1
echo "--- all"
cat /tmp/m2
