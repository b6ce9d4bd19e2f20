ip link set lo up
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip -6 route add 2001:db8:5::/48 via 2001:db8::2 metric 7
ip route add 1.2.3.0/24 via 10.0.0.2 table 100
echo == type; ip route show table all type unicast
echo == proto; ip route list table all proto kernel
echo == prefix6; ip route list table all 2001:db8::/64
echo == root6; ip route list table all root 2001:db8::/32
echo == match6; ip route list table all match 2001:db8:5::1
echo == prefix4; ip route list table all 10.0.0.0/24
echo == scope; ip route show table all scope link
echo == scopehost; ip route show table all scope host
echo == metric; ip route show table all metric 7
echo == via6; ip route show table all via 2001:db8::2
echo == via4; ip route show table all via 10.0.0.2
echo == main6; ip route show 2001:db8::/64; echo $?
echo == type-local; ip route show table all type local
echo == multicast; ip route show table all type multicast
echo == default; ip route show table all default
echo == json; ip -j route show table all type unicast
ip -6 route add 2001:db8:5::/48 via 2001:db8::2 metric 7
ip -6 route add default via 2001:db8::3
ip -6 route show via 2001:db8::2
ip -6 route show proto kernel
ip -6 route show metric 7
ip -6 route show via 2001:db8::/64
ip route show table all default
ip route show table all match default
ip route show table all root default
ip route show table all via inet6 2001:db8::3
ip -6 route show via 10.0.0.1
echo $?
ip route show via 2001:db8::3
echo $?
