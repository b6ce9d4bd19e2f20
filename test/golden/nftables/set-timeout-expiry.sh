# A timed-out element of a named set no longer matches a plain `FIELD @set` lookup.
ip link add v0 type veth peer name v1
ip netns add b
ip link set v1 netns b
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip netns exec b ip addr add 10.0.0.2/24 dev v1
ip netns exec b ip link set v1 up
nft -f - <<'X'
table ip t {
	set s {
		type ipv4_addr
		flags timeout
	}
	chain input {
		type filter hook input priority filter; policy accept;
		ip saddr @s counter drop
		ip saddr 10.0.0.2 counter
	}
}
X
echo rc=$?
nft add element ip t s '{ 10.0.0.2 timeout 2s }'
nft list set ip t s | sed -E 's/expires [0-9a-z]+/expires X/g'
ip netns exec b ping -c 1 -W 1 10.0.0.1 > /dev/null; echo "before: $?"
nft list chain ip t input
sleep 3
nft list set ip t s | sed -E 's/expires [0-9a-z]+/expires X/g'
ip netns exec b ping -c 1 -W 1 10.0.0.1 > /dev/null; echo "after: $?"
nft list chain ip t input
