# Options after the command, unknown options, -V/-i, and bad input of many kinds.
# Options in the wrong place and other bad input.
nft list ruleset -a
nft list tables -n
nft add table inet t -c
nft -a -n list ruleset
nft
nft -x list ruleset
nft --foo
nft -f
nft -f /nonexistent
nft list
nft lsit ruleset
nft add
nft add table
nft add table foo bar
nft add chain inet nosuch c
nft list table inet nosuch
nft delete table inet nosuch
nft add table inet t
nft add chain inet t c '{ type filter hook bogus priority 0; }'
nft add chain inet t c '{ type filter hook input priority bogus; }'
nft add chain inet t c '{ type bogus hook input priority 0; }'
nft add chain inet t c '{ type filter hook input; }'
nft add rule inet t nosuch accept
nft add rule inet t
nft add rule inet t c
nft add chain inet t c
nft add rule inet t c tcp dport
nft add rule inet t c tcp dport abc accept
nft add rule inet t c ip saddr 1.2.3.400 drop
nft add rule inet t c foo bar
nft add rule inet t c jump nosuch
nft add rule inet t c accept drop
nft add rule inet t c counter counter accept
nft -i
nft --version
nft -V
echo rc=$?
