ip link add d0 type veth peer name p0; ip link add d1 type veth peer name p1; ip link set p0 up; ip link set p1 up
ip link set lo up; ip link set d0 up; ip link set d1 up
ip addr add 10.0.0.1/24 dev d0
ip addr add 10.1.0.1/24 dev d1
ip route add default via 10.0.0.254
ip route add 192.0.2.0/24 via 10.1.0.254 table 100
ip rule add fwmark 7 table 100
ip rule add uidrange 1000-1000 table 100
ip rule add ipproto udp dport 53 table 100
ip rule add sport 1000-2000 ipproto tcp table 100
ip route get 192.0.2.1
ip route get 192.0.2.1 mark 7
ip route get 192.0.2.1 uid 1000
ip route get 192.0.2.1 uid 999
ip route get 192.0.2.1 ipproto udp dport 53
ip route get 192.0.2.1 ipproto tcp sport 1500
ip route get 192.0.2.1 ipproto tcp sport 2500
ip route get 192.0.2.1 oif d1
ip route get 192.0.2.1 fibmatch
ip route get 192.0.2.1 fibmatch mark 7
ip route get 192.0.2.1 from 10.1.0.1
ip route get 192.0.2.1 tos 0x10
ip route get 192.0.2.1 ipproto icmp
ip route get 192.0.2.1 dport 80
ip route get 192.0.2.1 ipproto 300
ip route get 192.0.2.1 sport abc
ip route get 192.0.2.1 uid abc
ip -j route get 192.0.2.1 mark 7
ip route get to 192.0.2.1 connected
ip route show cache
ip route get 10.0.0.5 oif d1
ip -s route get 10.0.0.5 | head -1
