# "iif lo" matches what this host sends itself; "oif" matches a lookup with an
# output device imposed (ping -I, ip route get oif).
ip link set lo up
ip netns add c
ip link add d0 type veth peer name eth0 netns c
ip link set d0 up; ip addr add 10.0.0.1/24 dev d0
ip -n c link set eth0 up; ip -n c addr add 10.0.0.2/24 dev eth0
ip link add d1 type veth peer name p1; ip link set p1 up
ip link set d1 up; ip addr add 10.1.0.1/24 dev d1
sysctl -qw net.ipv4.ip_forward=1
ip route add default via 10.1.0.254
ip route add default via 10.1.0.253 table 10
ip route add default via 10.0.0.254 table 20
ip rule add iif lo lookup 10
ip rule add oif d0 lookup 20
ip route get 8.8.8.8
ip route get 8.8.8.8 from 10.0.0.2 iif d0
ip route get 8.8.8.8 oif d0
ip route get 8.8.8.8 oif d1
ip rule add iif d0 prohibit pref 5
ip route get 8.8.8.8 from 10.0.0.2 iif d0; echo "rc=$?"
ip netns exec c ping -c 1 -W 1 8.8.8.8 | head -2 | sed 's/time=.*//'
ip rule del iif d0
ip rule add not iif lo unreachable pref 5
ip route get 8.8.8.8 from 10.0.0.2 iif d0; echo "rc=$?"
ip route get 8.8.8.8
ip rule
