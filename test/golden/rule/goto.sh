# goto jumps forward to the first rule with the target priority; deleting the
# target moves the jump to the next rule of that priority or leaves it unresolved.
ip link add d0 type veth peer name p0; ip link set p0 up
ip link set d0 up; ip addr add 10.0.0.1/24 dev d0
ip route add 8.8.8.0/24 via 10.0.0.2 table 100
ip route add 8.8.8.0/24 via 10.0.0.3 table 101
ip route add 8.8.8.0/24 via 10.0.0.4 table 102
ip rule add fwmark 1 goto 300 pref 100
ip rule add lookup 100 pref 200
ip rule add fwmark 1 lookup 101 pref 300
ip rule add lookup 102 pref 300
ip rule add goto 400 pref 250
ip rule
ip route get 8.8.8.8
ip route get 8.8.8.8 mark 1
ip rule del fwmark 1 lookup 101 pref 300
ip rule
ip route get 8.8.8.8 mark 1
ip rule del pref 300
ip rule
ip route get 8.8.8.8 mark 1
ip rule add lookup 101 pref 400
ip rule
ip rule del pref 200
ip route get 8.8.8.8
ip rule add nop pref 50
ip rule add fwmark 2 nop pref 60
ip route get 8.8.8.8 mark 2
ip rule
