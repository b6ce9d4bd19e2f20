# ip route add mistakes: foreign src, own/network/broadcast/multicast gateways, wrong device, onlink, duplicates and append/prepend/replace of default, u32 metric and table limits, table 0 (main), protocol/scope/tos(ECN)/metrics, route types (nat refused).
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip route add 10.9.0.0/16 via 10.0.0.2 src 10.0.0.99; echo rc=$?
ip route add 10.9.0.0/16 via 10.0.0.1; echo rc=$?
ip route add 10.9.0.0/16 via 10.0.0.0; echo rc=$?
ip route add 10.9.0.0/16 via 10.0.0.255; echo rc=$?
ip route add 10.9.0.0/16 via 224.0.0.1; echo rc=$?
ip route add 10.9.0.0/16 via 10.0.0.2 dev v1; echo rc=$?
ip route add 10.9.0.0/16 via 10.0.0.2 dev v1 onlink; echo rc=$?
ip route add 0/0 via 10.0.0.2
ip route add default via 10.0.0.3; echo rc=$?
ip route append default via 10.0.0.3
ip route prepend default via 10.0.0.4; echo rc=$?
ip route
ip route replace default via 10.0.0.5
ip route
ip route add 10.5.0.0/16 dev lo
ip route add 10.4.0.0/16 dev v0 metric 4294967295
ip route add 10.4.0.0/16 dev v0 metric 4294967296; echo rc=$?
ip route add 10.3.0.0/16 dev v0 table 4294967295; echo rc=$?
ip route add 10.3.0.0/16 dev v0 table 0; echo rc=$?
ip route add 10.3.0.0/16 dev v0 table 1000
ip route show table 1000
ip route add 10.2.0.0/16 dev v0 proto 300; echo rc=$?
ip route add 10.2.0.0/16 dev v0 proto 99
ip route add 10.1.0.0/16 dev v0 scope host
ip route add 10.1.1.0/24 via 10.0.0.2 scope link; echo rc=$?
ip route add 10.1.2.0/24 dev v0 tos 0x10
ip route add 10.1.2.0/24 dev v0 tos 0x11; echo rc=$?
ip route add 10.1.3.0/24 dev v0 mtu lock 1400 advmss 1300 window 1000 rtt 10ms
ip route add broadcast 10.0.0.200 dev v0; echo rc=$?
ip route add local 10.0.0.201 dev v0
ip route add nat 10.0.0.202 via 10.0.0.2; echo rc=$?
ip route add multicast 224.1.0.0/16 dev v0; echo rc=$?
ip route add anycast 10.0.0.203 dev v0; echo rc=$?
ip route
ip route show table local type local
ip -d route show 10.1.3.0/24
