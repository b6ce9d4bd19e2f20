# Native rules in the table iptables-nft made run on packets with its own rules: a jump from
# iptables' INPUT into an nft chain, counters seen by both tools, -Z zeroing them.
ip netns add a
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.0.0.1/24 dev veth0; ip link set veth0 up
ip -n a addr add 10.0.0.2/24 dev veth1; ip -n a link set veth1 up; ip -n a link set lo up
ip netns exec a iptables -A INPUT -p icmp -j ACCEPT
ip netns exec a nft add chain ip filter counted
ip netns exec a nft insert rule ip filter INPUT ip saddr 10.0.0.1 counter jump counted
ip netns exec a nft add rule ip filter counted icmp type echo-request counter drop
ping -c 2 -i 0.2 -W 1 10.0.0.2 >/dev/null; echo ping=$?
ip netns exec a nft list table ip filter
ip netns exec a iptables -L INPUT -v -n
ip netns exec a iptables -L counted -v -n
ip netns exec a nft -a list chain ip filter INPUT
ip netns exec a nft delete rule ip filter INPUT handle 3
ping -c 1 -W 1 10.0.0.2 >/dev/null; echo ping=$?
ip netns exec a iptables -S
ip netns exec a iptables -Z; echo rc=$?
ip netns exec a nft list ruleset
ip netns exec a nft add rule ip filter INPUT ip saddr 10.0.0.1 icmp type echo-request counter reject
ip netns exec a nft insert rule ip filter INPUT position 2 ip protocol icmp counter return
ping -c 1 -W 1 10.0.0.2 >/dev/null; echo ping=$?
ip netns exec a nft list chain ip filter INPUT
