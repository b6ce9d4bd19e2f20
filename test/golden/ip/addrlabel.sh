# ip addrlabel: the default RFC 6724 table, add/del/flush with the kernel's
# ordering and errors, and labels deciding IPv6 source selection (rule 6).
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip -6 addr add 2001:db8:1::1/64 dev v0 nodad
ip -6 addr add fd00::1/64 dev v0 nodad
ip -6 route add fd00:1::/64 dev v0
ip -6 route add 2001:db8:9::/64 dev v0
ip -6 route get fd00:1::2
ip -6 route get 2001:db8:9::2
ip addrlabel add prefix fd00:1::/32 label 99
ip addrlabel add prefix 2001:db8:1::/48 label 99
ip -6 route get fd00:1::2
ip -6 route get 2001:db8:9::2
ip addrlabel del prefix 2001:db8:1::/48 label 99
ip addrlabel add prefix 2001:db8:1::/48 dev v1 label 99
ip -6 route get fd00:1::2
ip addrlabel add prefix 2001:db8:1::/48 dev v0 label 99
ip -6 route get fd00:1::2
ip addrlabel list
ip -4 addrlabel; echo rc=$?
ip addrlabel add prefix 2001:db8::/32 dev nope label 3; echo rc=$?
ip addrlabel add prefix 2001:db8::/32 label 4294967295; echo rc=$?
ip addrlabel add prefix 2001:db8::/32 label x; echo rc=$?
ip addrlabel add prefix 2001:db8::/32; echo rc=$?
ip addrlabel del prefix 2001:db8::/32; echo rc=$?
ip addrlabel add prefix 2001:db8::1/32 label 8; echo rc=$?
ip addrlabel del prefix 2001:db8::/32 label 9; echo rc=$?
ip addrlabel add prefix 2001:db8::/129 label 8; echo rc=$?
ip addrlabel add prefix zz label 8; echo rc=$?
ip addrlabel show extra; echo rc=$?
ip addrlabel flush x; echo rc=$?
ip addrlabel help; echo rc=$?
ip addrlabel add prefix ::ffff:1.2.3.0/120 label 50
ip addrlabel add prefix ::/0 dev v0 label 51
ip addrlabel add prefix 2001:db8:1::/48 label 99; echo rc=$?
ip addrlabel
ip link del v0
ip addrlabel
ip addrlabel list
echo rc=$?
ip addrlabel add prefix 2001:db8::/32 label 100
ip addrlabel add prefix 2001:db8::/32 label 100; echo rc=$?
ip addrlabel add prefix 2001:db9::/48 dev v0 label 7
ip addrlabel show
ip -j addrlabel show
echo
ip addrlabel del prefix 2001:db8::/32 label 100
ip addrlabel del prefix 2001:db8::/32 label 100; echo rc=$?
ip addrlabel add prefix 10.0.0.0/8 label 1; echo rc=$?
ip addrlabel add label 5; echo rc=$?
ip addrlabel flush
ip addrlabel
ip addrlabel foo; echo rc=$?
