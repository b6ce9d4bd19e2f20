# ebtables -v: -A prints the rule, -F/-Z name each chain (a verbose flush of all makes the
# built-in chains), -X and -L say nothing more; ebtables-restore -v echoes comments, the
# flushed chains and each rule.
ebtables -N foo
ebtables -A FORWARD -j ACCEPT
ebtables -v -A FORWARD -p IPv4 -j DROP; echo rc=$?
ebtables -v -F; echo rc=$?
ebtables -v -Z; echo rc=$?
ebtables -v -L; echo rc=$?
ebtables -v -X; echo rc=$?
ebtables -L -v FORWARD -Z; echo rc=$?
ebtables-restore -v <<X
# comment
*filter
:FORWARD DROP
-A FORWARD -j ACCEPT
X
echo rc=$?
