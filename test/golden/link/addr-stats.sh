# ip -s addr: each link's counters after its addresses (print_link_stats), -s -s the error
# lines too; none with -o or -br.
ip link add v0 type veth peer name v1
ip addr add 10.0.0.1/24 dev v0
ip -s addr show dev v0
ip -s -s addr show dev v0
ip -s -4 addr
ip -s -o addr show dev v0
ip -s addr show dev v1
ip -s -br addr
