# iif/oif NAME: nft resolves the name to an ifindex when the rule is added (an
# unknown device is an error then); an inet input chain with policy drop lets
# loopback traffic in through `iif lo accept`.
ip link set lo up
nft add table inet t
nft add chain inet t c '{ type filter hook input priority 0; policy drop; }'
nft add rule inet t c iif lo counter accept
nft add chain inet t o '{ type filter hook output priority 0; policy accept; }'
nft add rule inet t o oif lo counter
ping -c 1 -W 1 127.0.0.1 >/dev/null; echo ping=$?
nft add rule inet t c iif nosuch accept; echo rc=$?
nft add rule inet t c oif nosuch2 accept; echo rc=$?
nft list ruleset
