# iptables -E on a built-in (base) chain: nf_tables renames it, the table becomes tainted;
# -N with an empty name clashes with the standard target.
iptables -A INPUT -s 1.2.3.4 -j ACCEPT
iptables -E INPUT FOO; echo rc=$?
iptables -S; echo rc=$?
iptables -L -n; echo rc=$?
nft list ruleset
iptables -A INPUT -j ACCEPT; echo rc=$?
iptables -S
iptables -E FOO INPUT; echo rc=$?
iptables -S
iptables -t nat -E POSTROUTING PR; echo rc=$?
iptables -t nat -S; echo rc=$?
iptables -N ''; echo rc=$?
iptables -N '-x'; echo rc=$?
iptables -E INPUT ''; echo rc=$?
