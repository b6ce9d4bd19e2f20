# Frames through pfifo/bfifo count as sent (Sent bytes/pkt); a qdisc replaced or deleted takes its
# counters with it; `ip link` names the root kind. IPv6 off: only ping and ARP cross.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add v0 type veth peer name v1 netns a
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip -n a addr add 10.0.0.2/24 dev v1
ip -n a link set v1 up
tc qdisc add dev v0 root handle 1: pfifo limit 10
ping -c 3 -i 0.2 10.0.0.2 | tail -2 | head -1
tc -s qdisc show dev v0
tc -s -j qdisc show dev v0
ip link show v0 | grep -o "qdisc [a-z_]* state [A-Z]*"
tc qdisc replace dev v0 root handle 2: bfifo limit 100
ping -c 2 -i 0.2 -s 200 10.0.0.2 | tail -2 | head -1
tc -s qdisc show dev v0
tc qdisc replace dev v0 root handle 2: bfifo limit 1000
ping -c 2 -i 0.2 -s 200 10.0.0.2 | tail -2 | head -1
tc -s qdisc show dev v0
tc qdisc replace dev v0 root handle 3: pfifo_head_drop limit 5
ping -c 2 -i 0.2 10.0.0.2 | tail -2 | head -1
tc -s qdisc show dev v0
ip -s link show v0 | sed -n 5,6p
tc qdisc del dev v0 root
tc -s qdisc show dev v0
ip -n a link set v1 down
tc qdisc add dev v0 root handle 4: pfifo
ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
tc -s qdisc show dev v0
