# ip monitor address in the background: IPv4 adds (a secondary in the same
# subnet, a labelled one), a primary's delete taking its secondary with it
# (first), IPv6: a configured address is announced tentative and again when
# DAD completes, nodad once; device down deletes the IPv6 addresses (global
# first), up announces the link-local once DAD is done. -4/-6 keep one family,
# -o puts each on one line, label prefixes [ADDR], dev filters.
ip link add d0 type veth peer name d1
ip link set d0 up; ip link set d1 up
sleep 2.5
ip link show d0 | grep -o 'link/ether [^ ]*'
ip monitor address &
ip -6 monitor address dev d0 > /tmp/m6 &
ip -o -4 monitor label addr > /tmp/m4 &
sleep 0.3
ip addr add 10.0.0.1/24 dev d0
ip addr add 10.0.0.2/24 dev d0
ip addr add 10.0.1.1/24 brd + dev d0 label d0:1
ip addr add 10.0.2.1/24 dev d1
ip addr del 10.0.0.1/24 dev d0
ip -6 addr add 2001:db8::1/64 dev d0
sleep 2.5
ip -6 addr add 2001:db8::2/64 dev d0 nodad
ip -6 addr del 2001:db8::2/64 dev d0
ip link set d0 down
ip link set d0 up
sleep 2.5
kill %1 %2 %3; wait
echo "--- -6 dev d0"
cat /tmp/m6
echo "--- -o -4 label"
cat /tmp/m4
ip monitor foo; echo "status $?"
