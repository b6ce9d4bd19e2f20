# tc -g class show: the class tree (with -s its counters indented under each class, with -d the details);
# tc -nm: class names from /etc/iproute2/tc_cls (or -cf FILE) printed as NAME#id, parsed never; a missing
# -cf file is an error, a corrupted one means no names; the last line for an id wins.
for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a tc qdisc add dev va root handle 1: htb default 30
ip netns exec a tc class add dev va parent 1: classid 1:1 htb rate 100mbit 2>/dev/null
ip netns exec a tc class add dev va parent 1:1 classid 1:10 htb rate 50mbit 2>/dev/null
ip netns exec a tc class add dev va parent 1:1 classid 1:30 htb rate 20mbit 2>/dev/null
ip netns exec a tc class add dev va parent 1:10 classid 1:11 htb rate 5mbit 2>/dev/null
ip netns exec a tc -g class show dev va
ip netns exec a ping -c 3 -i 0.2 10.0.0.2 | grep -c "bytes from"
ip netns exec a tc -g -s class show dev va
ip netns exec a tc -g -d class show dev va
mkdir -p /etc/iproute2; printf '1:10 web\n1:30 bulk\n1:1 top\n' > /etc/iproute2/tc_cls
ip netns exec a tc -nm class show dev va
ip netns exec a tc -nm -g class show dev va
ip netns exec a tc -nm qdisc show dev va
ip netns exec a tc -nm filter show dev va
ip netns exec a tc -nm class add dev va parent top classid 1:40 htb rate 1mbit; echo $?
ip netns exec a tc -nm class show dev va classid web
ip netns exec a tc filter add dev va parent 1: protocol ip prio 1 u32 match ip dst 10.0.0.2/32 flowid 1:30
ip netns exec a tc -nm filter show dev va
printf '# comment\n  0x10010 second\n1:10 third  # trailing\n65537 uno\n' > /tmp/cls
ip netns exec a tc -nm -cf /tmp/cls class show dev va
printf '1:a ok\nbogus line here\n' > /tmp/cls2
ip netns exec a tc -nm -cf /tmp/cls2 class show dev va; echo $?
ip netns exec a tc -nm -cf /tmp/nonexistent class show dev va; echo $?
ip netns exec a tc -cf /tmp/nonexistent class show dev va classid 1:1; echo $?
rm /etc/iproute2/tc_cls
ip netns exec a tc -nm class show dev va classid 1:1
ip netns exec a tc -g class show dev va classid 1:1
ip netns exec a tc -g class show dev lo
