# ip route get: from (ours or not), mark, oif, fibmatch, iif (forwarded back out: <redirect>), ports, uid, vrf.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip route add 10.9.0.0/16 via 10.0.0.254
ip route get 10.9.1.1
ip route get 10.9.1.1 from 10.0.0.1
ip route get 10.9.1.1 from 10.0.0.99; echo rc=$?
ip route get 10.9.1.1 mark 7
ip route get 10.9.1.1 oif v0
ip route get 10.9.1.1 oif lo; echo rc=$?
ip route get 10.9.1.1 fibmatch
ip route get 10.0.0.7 iif v1 from 10.0.0.2; echo rc=$?
sysctl -qw net.ipv4.ip_forward=1
ip route get 10.9.1.1 iif v0 from 10.0.0.2
ip route get 10.9.1.1 iif v0 from 10.0.0.1; echo rc=$?
ip route get 8.8.8.8; echo rc=$?
ip route get 10.9.1.1/24; echo rc=$?
ip route get; echo rc=$?
ip route get 10.0.0.1
ip route get 127.0.0.1
ip route get 10.9.1.1 tos 0x10
ip route get 10.9.1.1 connected
ip -j route get 10.9.1.1
ip -d route get 10.9.1.1
ip route get 10.9.1.1 dport 80; echo rc=$?
ip route get 10.9.1.1 ipproto udp dport 80 sport 1000
ip route get to 10.9.1.1 uid 1000
ip route get 10.9.1.1 vrf foo; echo rc=$?
ip route get 10.9.1.1 from; echo rc=$?
