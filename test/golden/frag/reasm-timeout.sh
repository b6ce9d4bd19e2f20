# Reassembly timeout: the receiver's raw PREROUTING drops every fragment but
# the first (-f), so the queue waits ipfrag_time (30 s) and then answers with
# ICMP time exceeded, fragment reassembly time exceeded, quoting the first one.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip addr add 10.9.0.1/24 dev v0
ip -n a addr add 10.9.0.2/24 dev v1
ip link set v0 up
ip -n a link set v1 up
sysctl -qw net.ipv6.conf.v0.disable_ipv6=1
ip netns exec a sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ip netns exec a iptables -t raw -A PREROUTING -f -j DROP
ip netns exec a sysctl net.ipv4.ipfrag_time
tcpdump -i v0 -n -v -c 3 -l icmp 2>&1 &
sleep 0.5
ping -c 1 -W 40 -s 2000 10.9.0.2 > ping.out; rc=$?
wait; cat ping.out; echo "rc=$rc"
ip netns exec a iptables -t raw -L PREROUTING -v -n -x | tail -1
