# IPv6 route metrics initcwnd / initrwnd (with lock), as listed, looked up and
# changed, and in -j.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip -6 route add 2001:db8:9::/48 via 2001:db8::2 initcwnd 10 initrwnd 20
ip -6 route add 2001:db8:8::/48 dev v0 initcwnd lock 5 initrwnd lock 7
ip -6 route add 2001:db8:8::/48 dev v0 initcwnd 5 lock initrwnd 7
ip -6 route show 2001:db8:9::/48
ip -6 route show 2001:db8:8::/48
ip -6 route get 2001:db8:9::1
ip -6 route change 2001:db8:9::/48 via 2001:db8::2 initcwnd 3
ip -6 route show 2001:db8:9::/48
ip -6 route replace 2001:db8:9::/48 via 2001:db8::2 initrwnd 0 initcwnd 4 metric 1024
ip -6 route show 2001:db8:9::/48
ip -j -6 route show 2001:db8:8::/48
ip -6 route add 2001:db8:7::/48 dev v0 initcwnd foo; echo "rc=$?"
ip -6 route add 2001:db8:7::/48 dev v0 initrwnd -1; echo "rc=$?"
ip -6 route add 2001:db8:7::/48 dev v0 initcwnd 4294967295; echo "rc=$?"
ip -6 route show 2001:db8:7::/48
# A metric of 0 is not kept (rtnetlink_put_metrics reports non-zero slots), in either family.
ip route add 10.5.0.0/16 dev v0 initcwnd 0 initrwnd 6 mtu 0
ip route show 10.5.0.0/16
ip -6 route add 2001:db8:6::/48 dev v0 initcwnd 0 initrwnd lock 0
ip -6 route show 2001:db8:6::/48
