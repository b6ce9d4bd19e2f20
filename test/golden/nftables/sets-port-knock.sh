# Port knocking with dynamic sets: a knock on 1234 then 2345 opens 22 for the source address.
ip link add v0 type veth peer name v1
ip netns add b
ip link set v1 netns b
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip netns exec b ip addr add 10.0.0.2/24 dev v1
ip netns exec b ip link set v1 up
nft -f - <<'X'
table inet knock {
	set candidates {
		type ipv4_addr . inet_service
		flags timeout
	}
	set clients {
		type ipv4_addr
		flags timeout
	}
	chain input {
		type filter hook input priority filter - 10; policy accept;
		tcp dport 1234 add @candidates { ip saddr . 2345 timeout 5s }
		tcp dport 2345 ip saddr . tcp dport @candidates add @clients { ip saddr timeout 30s } counter
		tcp dport 22 ip saddr @clients counter accept
		tcp dport 22 counter reject with tcp reset
	}
}
X
echo rc=$?
nft list chain inet knock input
nc -l -p 22 > /dev/null &
sleep 0.1
ip netns exec b nc -w 1 -z 10.0.0.1 22; echo "closed: $?"
ip netns exec b nc -w 1 -z 10.0.0.1 1234
ip netns exec b nc -w 1 -z 10.0.0.1 2345
nft list set inet knock clients | sed -E 's/expires [0-9a-z]+/expires X/g'
ip netns exec b nc -w 1 -z 10.0.0.1 22; echo "open: $?"
nft list chain inet knock input
nft list set inet knock candidates | sed -E 's/expires [0-9a-z]+/expires X/g'
nft add element inet knock clients '{ 10.9.9.9 timeout 1m }'
nft delete element inet knock clients '{ 10.0.0.2 }'
nft list set inet knock clients | sed -E 's/expires [0-9a-z]+/expires X/g'
nft add rule inet knock input update @clients '{ ip saddr }'
nft add rule inet knock input add @nosuch '{ ip saddr }'
nft -a list chain inet knock input
nft add set inet knock short '{ type ipv4_addr; timeout 1s; }'
nft add element inet knock short '{ 1.1.1.1, 2.2.2.2 timeout 3s }'
nft list set inet knock short | sed -E 's/expires [0-9a-z]+/expires X/g'
sleep 1.5
nft list set inet knock short | sed -E 's/expires [0-9a-z]+/expires X/g'
