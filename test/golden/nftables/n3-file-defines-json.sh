# A tutorial ruleset file: define/$variables, nft -c then -f (the check used a table handle),
# -j list ruleset, replace/insert by handle (a replaced rule keeps its handle), include and
# undefined-variable errors, what iptables-restore left, flush ruleset.
cat > fw.nft <<'X'
#!/usr/sbin/nft -f
flush ruleset
define LAN = 192.168.1.0/24
define SSH_PORT = 22
table inet filter {
	chain input {
		type filter hook input priority 0; policy drop;
		iif lo accept
		ct state established,related accept
		ip saddr $LAN tcp dport $SSH_PORT accept
		icmp type echo-request limit rate 5/second accept
	}
	chain forward {
		type filter hook forward priority 0; policy drop;
	}
}
X
nft -c -f fw.nft; echo rc=$?
nft list ruleset; echo rc=$?
nft -f fw.nft; echo rc=$?
nft -a list ruleset
nft -j list ruleset; echo rc=$?
nft replace rule inet filter input handle 4 ip saddr 10.0.0.0/8 accept; echo rc=$?
nft insert rule inet filter input handle 3 counter; echo rc=$?
nft -a list chain inet filter input
echo 'include "nosuch.nft"' > inc.nft
nft -f inc.nft; echo rc=$?
printf 'define X = 1\ntable ip t {\n chain c {\n  tcp dport $Y accept\n }\n}\n' > undef.nft
nft -f undef.nft; echo rc=$?
iptables-restore <<'X'
*filter
:INPUT ACCEPT [0:0]
-A INPUT -s 1.2.3.4 -j DROP
COMMIT
X
nft list table ip filter
nft flush ruleset
nft list ruleset; echo rc=$?
