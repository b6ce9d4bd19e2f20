# Shared filter blocks: `ingress_block N` on ingress/clsact (clsact also `egress_block N`) takes the
# namespace's block N; filters are added, listed, fetched and deleted by `block N` (through a device:
# refused as shared), dumps through a device name the block; frames arriving on either device run it;
# the block goes with its last qdisc. Errors: index 0, an unknown block, egress sharing on ingress, htb.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name v0
ip link add vb netns b type veth peer name v2
ip -n a addr add 10.0.0.1/24 dev va; ip addr add 10.0.0.2/24 dev v0
ip -n b addr add 10.0.1.1/24 dev vb; ip addr add 10.0.1.2/24 dev v2
ip -n a link set va up; ip link set v0 up; ip -n b link set vb up; ip link set v2 up
tc monitor > /tmp/mon 2>&1 &
sleep 0.3
tc qdisc add dev v0 ingress_block 22 ingress; echo $?
tc qdisc add dev v2 ingress_block 22 egress_block 23 clsact; echo $?
tc qdisc add dev lo ingress_block 0 ingress; echo $?
tc qdisc add dev lo ingress_block 5 egress_block 5 ingress; echo $?
tc qdisc add dev lo root handle 1: htb ingress_block 5 2>&1 | head -1
tc qdisc show ingress
tc -j qdisc show dev v2 ingress
tc filter add block 22 protocol ip pref 1 u32 match ip protocol 1 0xff; echo $?
tc filter add block 23 protocol ip pref 1 u32 match ip dst 1.2.3.4 classid 1:1; echo $?
tc filter add block 22 parent 1: protocol ip pref 1 u32 match ip dst 1.2.3.4; echo $?
tc filter add dev v0 ingress protocol ip pref 2 u32 match ip dst 1.2.3.5; echo $?
tc filter add dev v2 egress protocol ip pref 2 u32 match ip dst 1.2.3.5; echo $?
tc filter add block 99 protocol ip pref 1 u32 match ip dst 1.2.3.4; echo $?
tc filter show block 99; echo $?
tc filter add dev v0 block 22 protocol ip u32 match ip dst 1.2.3.4; echo $?
tc filter show block 22
tc filter show block 23
tc filter show dev v0 ingress
tc filter show dev v2 egress
tc filter get block 22 protocol ip pref 1 handle 800::800 u32
tc chain show block 22
ip netns exec a ping -c 2 -i 0.2 10.0.0.2 | grep -c "bytes from"
ip netns exec b ping -c 3 -i 0.2 10.0.1.2 | grep -c "bytes from"
tc -s qdisc show ingress | grep -E "^qdisc|Sent"
tc filter del block 22 protocol ip pref 1 handle 800::801 u32; echo $?
tc qdisc del dev v0 ingress
tc filter show block 22
tc qdisc del dev v2 clsact
tc filter show block 22; echo $?
tc filter del block 22 pref 1; echo $?
sleep 0.3
kill %1; wait
cat /tmp/mon
