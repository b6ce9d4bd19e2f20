# ebtables-restore: the -t option refused in a rule line (iptables' shell test
# ipt-restore/0009), implicit and explicit COMMIT, user chain policies (shown
# in ebtables-save, always RETURN in -L), counters, --noflush, errors.
ebtables-restore <<X
*filter
-t nat -A FORWARD -j ACCEPT
COMMIT
X
echo rc=$?
ebtables-restore <<X
*filter
-A FORWARD -j ACCEPT
COMMIT
X
echo rc=$?
ebtables-save | grep -v '^#'
ebtables-restore <<X
*filter
:INPUT DROP
:foo ACCEPT
:bar DROP
-A foo -p IPv6 -j DROP
-A FORWARD -j foo -c 10 20
[3:4] -A FORWARD -j bar
X
echo rc=$?
ebtables-save -c | grep -v '^#'
ebtables -L --Lc
ebtables-restore <<X
*bogus
X
echo rc=$?
ebtables-restore <<X
*filter
-A NOPE -j ACCEPT
X
echo rc=$?
ebtables-restore <<X
*filter
-A FORWARD -p XX -j ACCEPT
X
echo rc=$?
ebtables-restore --noflush <<X
*nat
-A PREROUTING -j DROP
*filter
-A FORWARD -j DROP
X
echo rc=$?
ebtables-save | grep -v '^#'
ebtables-restore -x; echo rc=$?
