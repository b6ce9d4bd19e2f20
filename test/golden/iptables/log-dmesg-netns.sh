# LOG in a namespace other than the initial one: with nf_log_all_netns at its
# default (0, and only the initial namespace has that sysctl) nothing reaches
# the kernel log, so dmesg shows no line with the prefix.
ip link add va type veth peer name vb
ip netns add n1
ip link set vb netns n1
ip addr add 10.0.0.1/24 dev va
ip link set va up
ip -n n1 addr add 10.0.0.2/24 dev vb
ip -n n1 link set vb up
ip netns exec n1 iptables -A INPUT -p icmp -j LOG --log-prefix "x: "
ping -c 1 -W 1 10.0.0.2 >/dev/null; echo ping=$?
ip netns exec n1 iptables -L INPUT -v -n -x | sed 1,2d | awk '{print $1, $3}'
dmesg | grep -c 'x: '; echo rc=$?
dmesg -l foo; echo rc=$?
dmesg -q; echo rc=$?
dmesg --bogus; echo rc=$?
dmesg -l; echo rc=$?
dmesg extra; echo rc=$?
dmesg -V
dmesg --help | head -5
