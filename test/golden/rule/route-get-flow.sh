# `ip route get` with the flow keys rules can select on: ipproto, sport,
# dport and uid (printed back as the flow's uid), and their parse errors.
ip link add d0 type veth peer name p0
ip link add d1 type veth peer name p1
ip link set p0 up
ip link set p1 up
ip link set d0 up
ip link set d1 up
ip addr add 10.1.0.1/24 dev d0
ip addr add 10.2.0.1/24 dev d1
ip route add default via 10.1.0.2
ip route add default via 10.2.0.2 table 100
ip rule add ipproto udp sport 1000-2000 lookup 100; echo "rc=$?"
ip rule add ipproto 132 dport 9 lookup 100; echo "rc=$?"
ip rule add ipproto icmp dport 9 lookup 100; echo "rc=$?"
ip rule add uidrange 1000-1000 lookup 100; echo "rc=$?"
ip rule
ip route get 192.0.2.1 ipproto udp sport 1500
ip route get 192.0.2.1 ipproto udp sport 2001
ip route get 192.0.2.1 ipproto tcp sport 1500
ip route get 192.0.2.1 ipproto sctp dport 9
ip route get 192.0.2.1 ipproto 132 dport 10
ip route get 192.0.2.1 uid 1000
ip route get 192.0.2.1 uid 999
ip route get 192.0.2.1 ipproto bogus; echo "rc=$?"
ip route get 192.0.2.1 sport 70000; echo "rc=$?"
ip route get 192.0.2.1 dport x; echo "rc=$?"
ip route get 192.0.2.1 uid -1; echo "rc=$?"
ip route get 192.0.2.1 ipproto; echo "rc=$?"
