# ip -6 route add/del/change/replace: errors, src, scope, local table, masked prefix; show selectors; get.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip -6 route add 2001:db8:1::/64 via 2001:db8::ff metric abc; echo rc=$?
ip -6 route add 2001:db8:1::/64 via 2001:db8::ff table foo; echo rc=$?
ip -6 route add 2001:db8:1::/64 via 2001:db8::ff dev nosuch; echo rc=$?
ip -6 route add 2001:db8:1::/64 via 10.0.0.1; echo rc=$?
ip -6 route add 2001:db8:1::/129 via 2001:db8::ff; echo rc=$?
ip -6 route add 2001:db8:1::1/64 via 2001:db8::ff; echo rc=$?
ip -6 route add 2001:db8:1::/64 via 2001:db8::ff
ip -6 route add 2001:db8:1::/64 via 2001:db8::ff; echo rc=$?
ip -6 route add 2001:db8:1::/64 via 2001:db8::fe metric 10 proto static
ip -6 route add 2001:db8:2::/64 dev v0 metrc 5; echo rc=$?
ip -6 route add 2001:db8:3::/64 via 2001:db8::ff table 100
ip -6 route add unreachable 2001:db8:4::/64
ip -6 route add blackhole 2001:db8:5::/64
ip -6 route add prohibit 2001:db8:6::/64
ip -6 route add 2001:db8:7::/64 dev v0 scope link; echo rc=$?
ip -6 route add 2001:db8:8::/64 dev v0 src 2001:db8::1; echo rc=$?
ip -6 route add 2001:db8:9::/64 dev v0 src 2001:db8::99; echo rc=$?
ip -6 route add local 2001:db8:a::1 dev v0; echo rc=$?
ip -6 route add 2001:db8:b::/64 dev v0 mtu 1400 hoplimit 10
ip -6 route
ip -6 route show table 100
ip -6 route show proto static
ip -6 route show type unreachable
ip -6 route show root 2001:db8::/32
ip -6 route show match 2001:db8:1::5
ip -6 route show exact 2001:db8:1::/64
ip -6 route del 2001:db8:1::/64
ip -6 route show 2001:db8:1::/64
ip -6 route del 2001:db8:1::/64 via 2001:db8::ab; echo rc=$?
ip -6 route del 2001:db8:ff::/64; echo rc=$?
ip -6 route change 2001:db8:1::/64 via 2001:db8::fd metric 10
ip -6 route replace 2001:db8:c::/64 via 2001:db8::fd
ip -6 route show 2001:db8:c::/64
ip -6 route get 2001:db8:1::1
ip -6 route get 2001:db8:1::1 from 2001:db8::1
ip -6 route get 2001:db8:1::1 from 2001:db8::99; echo rc=$?
ip -6 route get 2001:db8:4::1; echo rc=$?
ip -6 route get 2001:db8:5::1; echo rc=$?
ip -6 route get 2001:db8:6::1; echo rc=$?
ip -6 route get 2001:db8:1::1 oif nosuch; echo rc=$?
ip -6 route get; echo rc=$?
ip -6 route get 10.0.0.1; echo rc=$?
ip -6 route get 2001:db8:1::1 mark abc; echo rc=$?
ip -6 route get 2001:db8:1::1 uid 1000
ip -6 route get 2001:db8:1::1 tos 0x10
