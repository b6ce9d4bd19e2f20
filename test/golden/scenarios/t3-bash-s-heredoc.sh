# bash reading its script from stdin (bash -s, curl | bash style): a here-document inside takes the next lines
bash -s <<'OUT'
cat <<'IN'
a
b
IN
echo after
OUT
printf 'cat <<E\nx\nE\necho done\n' | bash
printf 'cat <<E\nx\n' | bash; echo rc=$?
printf 'read v <<X\nhello\nX\necho "v=$v"\ncat <<-T\n\tindented\n\tT\n' | bash
printf 'f() { cat; }\nf <<A; echo two\none\nA\n' | bash
ip netns add node
ip netns exec node bash -s <<'INNER'
set -e
iptables-restore <<'RULES'
*filter
:FORWARD DROP [0:0]
-A FORWARD -s 10.244.0.0/16 -j ACCEPT
COMMIT
RULES
iptables -S FORWARD
INNER
echo "rc=$?"
