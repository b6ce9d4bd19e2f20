# Base chains iptables does not own, made with nft -f: iptables lists the
# table with a note and leaves them out; nft shows them; their hooks run.
nft -f - <<NFT
table ip filter {
	chain a {
		type filter hook input priority filter
	}

        chain INPUT {
                type filter hook input priority filter
                counter packets 218 bytes 91375 accept
        }

        chain x {
                type filter hook input priority filter; policy drop;
        }
}
NFT
echo rc=$?
iptables -S; echo rc=$?
iptables -L -n; echo rc=$?
iptables-save | grep -v '^# [GC]'
nft list ruleset
ip link set lo up
ping -c 1 -W 1 127.0.0.1 > /dev/null; echo ping=$?
nft list table ip filter
nft delete table ip filter; echo rc=$?
nft delete table ip filter; echo rc=$?
nft list tables; echo rc=$?
