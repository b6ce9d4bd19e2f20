# The bpf classifier (classic bytecode): programs run over the frame from its MAC header (egress: an ICMP
# test at offset 23 steers into 1:10; offset 9 of the Ethernet header matches nothing); 0 = no match, -1 =
# the flowid, anything else a class id; direct-action returns verdicts (2: drop); bytecode-file; the loader's
# EINVAL for bad programs, skip_sw refused, tc's own parse errors, an object file that cannot load.
for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a tc qdisc add dev va root handle 1: htb default 30
ip netns exec a tc class add dev va parent 1: classid 1:10 htb rate 50mbit 2>/dev/null
ip netns exec a tc class add dev va parent 1: classid 1:30 htb rate 20mbit 2>/dev/null
ip netns exec a tc filter add dev va parent 1: protocol ip prio 1 bpf bytecode '4,48 0 0 9,21 0 1 1,6 0 0 4294967295,6 0 0 0' flowid 1:10; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 2 bpf bytecode '1,6 0 0 65546' ; echo $?
ip netns exec a tc filter show dev va
ip netns exec a tc -s filter show dev va
ip netns exec a tc -j filter show dev va
ip netns exec a ping -c 3 -i 0.2 10.0.0.2 | grep -c "bytes from"
ip netns exec a tc -s class show dev va | grep -E "^class|Sent"
ip netns exec a tc filter add dev va parent 1: protocol ip prio 3 bpf bytecode '1,6 0 0' ; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 3 bpf bytecode '2,6 0 0 0' ; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 3 bpf bytecode '1,48 0 0 9' ; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 3 bpf bytecode '1,21 0 5 1' ; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 3 bpf ; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 3 bpf obj /nonexistent.o ; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 3 bpf bytecode-file /nonexistent ; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 3 bpf bytecode '1,6 0 0 0' classid 1:10 direct-action; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 4 bpf da bytecode '1,6 0 0 0' skip_sw; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 4 bpf bytecode '1,6 0 0 0' action mirred egress mirror dev va; echo $?
ip netns exec a tc filter show dev va
ip netns exec a tc filter del dev va parent 1: prio 1
ip netns exec a tc filter show dev va
ip netns exec a tc filter del dev va parent 1:
ip netns exec a tc filter add dev va parent 1: protocol ip prio 1 bpf bytecode '4,48 0 0 23,21 0 1 1,6 0 0 4294967295,6 0 0 0' flowid 1:10
ip netns exec a ping -c 2 -i 0.2 10.0.0.2 | grep -c "bytes from"
ip netns exec a tc -s class show dev va | grep -E "^class|Sent"
printf '4,48 0 0 23,\n21 0 1 1,\n6   0 0 65584,\n6 0 0 0\n' > /tmp/bc
ip netns exec a tc filter replace dev va parent 1: protocol ip prio 1 handle 1 bpf bytecode-file /tmp/bc
ip netns exec a tc filter show dev va
ip netns exec a tc class add dev va parent 1: classid 1:30 htb rate 1mbit 2>/dev/null
ip netns exec a tc class add dev va parent 1: classid 1:40 htb rate 1mbit 2>/dev/null; echo $?
ip netns exec a ping -c 2 -i 0.2 10.0.0.2 | grep -c "bytes from"
ip netns exec a tc -s class show dev va | grep -E "^class|Sent"
ip netns exec b tc qdisc add dev vb clsact
ip netns exec b tc filter add dev vb ingress protocol ip bpf da bytecode '4,48 0 0 23,21 0 1 1,6 0 0 2,6 0 0 4294967295'
ip netns exec b tc filter show dev vb ingress
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep -c "bytes from"
ip netns exec b tc -s qdisc show dev vb ingress | grep -E "^qdisc|Sent"
ip netns exec a tc filter add dev va parent 1: protocol ip prio 5 bpf run bytecode '1,6 0 0 0' run bytecode '1,6 0 0 0'; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 5 bpf bytecode '1,6 0 0 0' bogus; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 5 bpf bogus; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 5 bpf bytecode '2,6 0 0 0,6 0 0 0,6 0 0 0'; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 5 bpf bytecode '0,'; echo $?
ip netns exec a tc filter add dev va parent 1: protocol ip prio 5 bpf bytecode '1,6 0 0 0' classid zz; echo $?
