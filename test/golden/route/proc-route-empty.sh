# /proc/net/route is empty, header included, until the namespace has a main table,
# which the first local route makes with it (its alias while no rule was added);
# route -n / netstat -rn then fail (status 1) for want of the header.
cat /proc/net/route; echo "--"
route -n
netstat -rn
ip link add v0 type veth peer name v1
ip addr add 10.4.0.1/24 dev v0
cat /proc/net/route | wc -l
ip link set v0 up
cat /proc/net/route
ip addr del 10.4.0.1/24 dev v0
cat /proc/net/route; echo "--"
route -n
ip netns add x
ip netns exec x route -n; echo rc=$?
ip netns exec x netstat -rn; echo rc=$?
