# `ip neigh show nud all` lists both tables and their NOARP entries: the
# ones ip6_finish_output2 / ip_finish_output2 create for each next hop they
# send to — multicast groups (router and MLD report groups, DAD's
# solicited-node group) and lo (0.0.0.0 for IPv4, the address itself for IPv6).
ip link set lo up
ip neigh show nud all
ip -6 neigh show nud all
ip link add va address 02:00:00:00:00:0a type veth peer name vb address 02:00:00:00:00:0b
ip link set va up
ip link set vb up
ip addr add 10.0.0.1/24 dev va
ip addr add 10.0.0.2/24 dev vb
sleep 2
echo "-- after up"
ip neigh show nud all
echo "-- v6"
ip -6 neigh show nud all
ping -c 1 -W 1 10.0.0.2 >/dev/null
ping -c 1 -W 1 127.0.0.1 >/dev/null
ping -c 1 -W 1 ::1 >/dev/null
echo "-- after pings"
ip neigh show nud all
echo "-- v4"
ip -4 neigh show nud all
echo "-- noarp"
ip neigh show nud noarp dev lo
echo "-- default"
ip neigh show
