# tbf shapes: frames wait for tokens (the watchdog sends them later) and each refusal is an overlimit
# (five pings preloaded at once: three wait behind a 3000-byte bucket).
# On a veth (two tx queues, no TCQ_F_ONETXQUEUE) the qdisc is asked again at once after each frame it
# lets out (try_bulk_dequeue_skb_slow), so a refusal there counts twice. IPv6 off: only ping and ARP.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add v0 type veth peer name v1 netns a
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip -n a addr add 10.0.0.2/24 dev v1
ip -n a link set v1 up
tc qdisc add dev v0 root handle 1: tbf rate 1mbit burst 3000 limit 4000
ping -c 1 10.0.0.2 >/dev/null
tc -s qdisc show dev v0
ping -c 5 -l 5 -s 1400 10.0.0.2 | grep -c "bytes from"
tc -s qdisc show dev v0
tc -s qdisc show dev v0 invisible
sleep 1
ping -c 3 -i 0.2 -s 1400 10.0.0.2 | grep -c "bytes from"
tc -s qdisc show dev v0
tc -s class show dev v0
ip -s link show v0 | tail -4
