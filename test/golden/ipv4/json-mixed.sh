# JSON output: ip -j addr/route/neigh/rule, -p pretty, -s stats of lo.
ip link add v0 type veth peer name v1
ip addr add 10.2.0.1/24 dev v0
ip link set v0 up
ip link set v1 up
ip -j addr show dev v0
echo
ip -j -p link show v1
ip -j route
echo
ip -j -p route show table local
ip -j neigh
echo
ip -j rule
echo
ip -j -p -s link show lo
