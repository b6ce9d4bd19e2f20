# IPv6 policy routing: ip -6 route get and forwarding through rules (to, from,
# fwmark, iif, blackhole/unreachable/prohibit, goto, suppress_prefixlength,
# a table without an answer falls through).
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link set veth0 up; ip link set veth1 up; ip link set veth2 up; ip link set veth3 up
ip -6 addr add 2001:db8:a::1/64 dev veth0 nodad
ip -6 addr add 2001:db8:b::1/64 dev veth2 nodad
sleep 0.2
ip -6 route add default via 2001:db8:a::2
ip -6 route add default via 2001:db8:b::2 table 100
ip -6 route add 2001:db8:99::/48 via 2001:db8:b::3 table 200
ip -6 route get 2001:db8:99::1
ip -6 rule add to 2001:db8:99::/48 lookup 200
ip -6 route get 2001:db8:99::1
ip -6 route get 2001:db8:98::1
ip -6 rule add from 2001:db8:b::1 lookup 100
ip -6 route get 2001:db8:98::1
ip -6 route get 2001:db8:98::1 from 2001:db8:b::1
ip -6 rule add fwmark 7 lookup 100
ip -6 route get 2001:db8:97::1 mark 7
ip -6 rule add to 2001:db8:5::/64 blackhole
ip -6 rule add to 2001:db8:6::/64 unreachable
ip -6 rule add to 2001:db8:7::/64 prohibit
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:7::1
ip -6 rule add to 2001:db8:8::/64 lookup 300
ip -6 route get 2001:db8:8::1
ip -6 rule add pref 10 to 2001:db8:9::/64 goto 20
ip -6 rule add pref 15 to 2001:db8:9::/64 prohibit
ip -6 rule add pref 20 to 2001:db8:9::/64 lookup 100
ip -6 route get 2001:db8:9::1
ip -6 rule add pref 5 lookup main suppress_prefixlength 0
ip -6 route get 2001:db8:97::1 mark 7
ip -6 route get 2001:db8:a::5
ip -6 rule del pref 32766
ip -6 route get 2001:db8:96::1
ip -6 route get 2001:db8:a::5
ip -6 rule
