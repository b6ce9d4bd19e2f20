# ip route get through policy rules: marks, sources, input routes (iif), error actions.
ip link add d0 type veth peer name p0; ip link set p0 up
ip link set d0 up; ip addr add 10.0.0.1/24 dev d0
ip link add d1 type veth peer name p1; ip link set p1 up
ip link set d1 up; ip addr add 10.1.0.1/24 dev d1
ip link set lo up
ip route get 10.0.0.1
ip route add default via 10.0.0.254
ip route add default via 10.1.0.254 table 100
ip route add 192.168.5.0/24 via 10.1.0.253 table 100
ip rule add fwmark 7 lookup 100
ip rule add from 10.1.0.1 lookup 100
ip route get 8.8.8.8
ip route get 8.8.8.8 mark 7
ip route get 8.8.8.8 mark 0x7
ip route get 8.8.8.8 mark 8
ip route get 8.8.8.8 from 10.1.0.1
ip route get 192.168.5.5 mark 7
ip route get 10.0.0.1 mark 7
ip -j route get 8.8.8.8 mark 7
ip route get 8.8.8.8 from 10.0.0.9 iif d1 mark 7; echo "rc=$?"
sysctl -qw net.ipv4.ip_forward=1
ip route get 8.8.8.8 from 10.0.0.9 iif d1 mark 7
ip route get 8.8.8.8 from 10.0.0.9 iif d1
ip route get 10.1.0.1 from 10.0.0.9 iif d0
ip route get 8.8.8.8 from 10.0.0.9 iif nosuch; echo "rc=$?"
ip rule add to 9.9.9.9 unreachable
ip rule add to 9.9.9.8 prohibit
ip rule add to 9.9.9.7 blackhole
ip route get 9.9.9.9; echo "rc=$?"
ip route get 9.9.9.8; echo "rc=$?"
ip route get 9.9.9.7; echo "rc=$?"
ip route get 9.9.9.9 from 10.0.0.9 iif d1; echo "rc=$?"
ip route get 9.9.9.8 from 10.0.0.9 iif d1; echo "rc=$?"
ip route get 9.9.9.7 from 10.0.0.9 iif d1; echo "rc=$?"
ip rule add lookup main suppress_prefixlength 0 pref 1
ip route get 8.8.8.8 mark 7
ip route get 10.0.0.5 mark 7
ip rule del pref 0
ip route get 10.0.0.1
ip route get 127.0.0.1; echo "rc=$?"
ip rule
