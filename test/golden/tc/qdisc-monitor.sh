# tc monitor: qdisc and class notifications as the kernel sends them (no "added"/"replaced": the kernel's
# notification carries only NLM_F_REPLACE), refcounts at the moment of the notification (htb attaches to
# the queues after it is announced; a deleted ingress/clsact shows refcnt 0), and the chains of an htb and
# of its classes announced as deleted when the class or the qdisc goes (tcf_block_put).
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
tc monitor > /tmp/mon 2>&1 &
sleep 0.3
tc qdisc add dev v0 root handle 1: htb default 10
tc class add dev v0 parent 1: classid 1:1 htb rate 10mbit 2>/dev/null
tc class add dev v0 parent 1:1 classid 1:10 htb rate 1mbit 2>/dev/null
tc class change dev v0 parent 1:1 classid 1:10 htb rate 2mbit 2>/dev/null
tc class replace dev v0 parent 1:1 classid 1:20 htb rate 2mbit 2>/dev/null
tc qdisc add dev v0 parent 1:10 handle 10: pfifo limit 5
tc qdisc replace dev v0 parent 1:10 handle 10: pfifo limit 7
tc qdisc change dev v0 parent 1:10 handle 10: pfifo limit 8
tc qdisc replace dev v0 parent 1:10 handle 11: bfifo
tc filter add dev v0 parent 1: protocol ip prio 1 u32 match ip dst 1.2.3.4 flowid 1:1
tc filter add dev v0 parent 1:1 protocol ip prio 1 u32 match ip dst 1.2.3.4 flowid 1:10
tc filter add dev v0 parent 1:20 protocol ip prio 1 u32 match ip dst 1.2.3.5
tc filter add dev v0 parent 1:20 protocol ip prio 2 chain 3 u32 match ip dst 1.2.3.6
tc class del dev v0 classid 1:20
tc filter show dev v0 parent 1:1
tc qdisc replace dev v0 root handle 2: tbf rate 1mbit burst 10k latency 50ms
tc qdisc del dev v0 root
tc qdisc add dev v0 root handle 1: htb
tc filter show dev v0 parent 1:
tc qdisc del dev v0 root
tc qdisc add dev v0 ingress
tc qdisc add dev v0 clsact
tc qdisc del dev v0 ingress
tc qdisc add dev v0 clsact
tc filter add dev v0 egress protocol ip u32 match ip dst 1.2.3.4
tc qdisc del dev v0 clsact
tc qdisc add dev v0 root pfifo_fast
tc qdisc del dev v0 root
sleep 0.3
kill %1; wait
sed 's/ 8[0-9a-f]*: / X: /' /tmp/mon
