# ip route flush: rounds and their report with -s, each route with -s -s, and the
# main table's absence (no route ever added) reported by the kernel to a flush.
ip -s -s route flush all
echo rc=$?
ip route flush table main
echo rc=$?
ip route show
echo rc=$?
ip link add d0 type veth peer name d1
ip link set d0 up
ip addr add 10.1.0.1/24 dev d0
for i in 1 2 3 4 5; do ip route add 10.9.$i.0/24 dev d0; done
ip route add 10.8.0.0/16 dev d0 table 100
ip -s route flush dev d0
echo rc=$?
ip route
ip -s route flush table all
echo rc=$?
ip route show table all | grep -v "^local\|^broadcast\|^multicast\|ff00\|fe80\|^::1\|^local"
ip route flush table all
echo rc=$?
ip -s -s route flush all
echo rc=$?
ip route flush
echo rc=$?
ip addr add 10.2.0.1/24 dev d0
ip route add 10.3.0.0/16 via 10.2.0.2 dev d0 onlink
ip -s -s route flush dev d0
echo rc=$?
ip -s route flush cache
echo rc=$?
