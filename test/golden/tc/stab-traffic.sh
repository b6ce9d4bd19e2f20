# A root's size table sets the length the qdiscs count (qdisc_calculate_pkt_len): Sent bytes and
# backlog are in table units (atm cells of 53 bytes plus the overhead), the frames themselves unchanged.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add v0 type veth peer name v1 netns a
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip -n a addr add 10.0.0.2/24 dev v1
ip -n a link set v1 up
tc qdisc add dev v0 root handle 1: stab overhead 40 linklayer atm tbf rate 1mbit burst 10k latency 50ms
ping -c 3 -i 0.2 10.0.0.2 | grep -c "bytes from"
tc -s qdisc show dev v0
tc qdisc replace dev v0 root handle 2: stab overhead 10 bfifo limit 100k
ping -c 2 -i 0.2 -s 500 10.0.0.2 | grep -c "bytes from"
tc -s -d qdisc show dev v0
ip -s link show v0 | sed -n 5,6p
