# Source address selection: primary/secondary addresses, src hints, scopes, secondaries promoted
ip netns add h; ip -n h link set lo up
ip -n h link add d0 type veth peer name pd0; ip -n h link set d0 up
ip -n h link add d1 type veth peer name pd1; ip -n h link set pd0 up; ip -n h link set pd1 up; ip -n h link set d1 up
ip -n h addr add 10.0.0.5/24 dev d0
ip -n h addr add 10.0.0.6/24 dev d0
ip -n h addr add 10.0.1.5/24 dev d0
ip -n h addr add 172.16.0.1/16 dev d1
ip -n h addr add 192.168.7.7/32 dev lo
ip -n h addr add 10.9.9.9/24 dev d1 scope link
ip -n h addr show d0
ip -n h route
ip -n h route get 10.0.0.99
ip -n h route get 10.0.1.99
ip -n h route get 172.16.5.5
ip -n h route add 8.8.8.0/24 via 10.0.0.1
ip -n h route get 8.8.8.8
ip -n h route add 9.9.9.0/24 via 10.0.0.1 src 10.0.0.6
ip -n h route get 9.9.9.9
ip -n h route add 7.7.7.0/24 via 10.0.0.1 src 192.168.7.7
ip -n h route get 7.7.7.7
ip -n h route add 6.6.6.0/24 via 10.0.0.1 src 10.99.0.1
ip -n h route get 6.6.6.6 from 10.0.1.5
ip -n h route get 6.6.6.6 from 10.9.9.9
ip -n h route add default via 172.16.0.254
ip -n h route get 1.1.1.1
ip -n h route get 10.9.9.8
ip -n h addr del 10.0.0.5/24 dev d0
ip -n h addr show d0
ip -n h route get 10.0.0.99
ip -n h route | grep 9.9.9
ip netns exec h sysctl -w net.ipv4.conf.d0.promote_secondaries=0
ip -n h addr add 10.0.0.5/24 dev d0
ip -n h addr del 10.0.0.6/24 dev d0
ip -n h addr show d0
ip -n h route
