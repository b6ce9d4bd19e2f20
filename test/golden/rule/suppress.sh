# suppress_prefixlength 0: use main except its default route (the wg-quick trick).
ip link add d0 type veth peer name p0; ip link set p0 up
ip link set d0 up; ip addr add 10.0.0.1/24 dev d0
ip link add d1 type veth peer name p1; ip link set p1 up
ip link set d1 up; ip addr add 10.1.0.1/24 dev d1
ip route add default via 10.0.0.254
ip route add 172.16.0.0/12 via 10.0.0.253
ip route add default via 10.1.0.254 table 51820
ip rule add not fwmark 51820 table 51820
ip rule add table main suppress_prefixlength 0
ip rule
ip route get 8.8.8.8
ip route get 172.16.1.1
ip route get 10.0.0.9
ip route get 8.8.8.8 mark 51820
ip rule del table main suppress_prefixlength 0
ip rule add table main suppress_prefixlength 12
ip route get 172.16.1.1
ip rule add table main suppress_ifgroup 7 pref 10
ip link set d0 group 7
ip route get 172.16.1.1
ip route get 10.0.0.9
ip rule
