# tc monitor: filter and chain notifications ("added"/"replaced"/"deleted", the
# implicit chain 0 coming and going), and its argument errors.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
tc qdisc add dev v0 root handle 1: htb default 10
tc class add dev v0 parent 1: classid 1:10 htb rate 1mbit 2>/dev/null
tc qdisc add dev v0 ingress
tc monitor > /tmp/mon 2>&1 &
sleep 0.3
tc filter add dev v0 parent 1: protocol ip prio 1 u32 match ip dst 1.2.3.4 flowid 1:10
tc filter replace dev v0 parent 1: protocol ip prio 1 handle 800::800 u32 match ip dst 1.2.3.4 flowid 1:10
tc filter change dev v0 parent 1: protocol ip prio 1 handle 800::800 u32 flowid 1:10
tc filter add dev v0 parent 1: protocol ip prio 2 u32 match ip src 1.2.3.0/24
tc filter del dev v0 parent 1: protocol ip prio 1 handle 800::800 u32
tc filter del dev v0 parent 1:
tc filter add dev v0 ingress protocol ip u32 match ip dst 1.2.3.4 action mirred egress redirect dev v1
tc filter add dev v0 ingress protocol ip chain 5 u32 match ip dst 1.2.3.5
tc filter del dev v0 ingress protocol ip chain 5 prio 49152
sleep 0.3
kill %1; wait
cat /tmp/mon
tc monitor help; echo "[exit $?]"
tc monitor bogus; echo "[exit $?]"
