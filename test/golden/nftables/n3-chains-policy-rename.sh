# nft over iptables' chains (DOCKER-USER: insert, flush, delete busy, delete by handle, flush table),
# a base chain's policy changed by nft, rename chain (jumps follow; EEXIST; missing), policy
# without a hook refused at the policy.
iptables -N DOCKER-USER
iptables -A DOCKER-USER -j RETURN
iptables -A FORWARD -j DOCKER-USER
nft insert rule ip filter DOCKER-USER ip saddr 192.168.0.0/16 drop; echo rc=$?
nft list chain ip filter DOCKER-USER
iptables -L DOCKER-USER -n --line-numbers; echo rc=$?
nft flush chain ip filter DOCKER-USER; echo rc=$?
nft delete chain ip filter DOCKER-USER; echo rc=$?
nft delete rule ip filter FORWARD handle 4; echo rc=$?
nft -a list table ip filter
nft delete chain ip filter DOCKER-USER; echo rc=$?
nft add rule ip filter FORWARD ct state { established, related } accept; echo rc=$?
nft flush table ip filter; echo rc=$?
nft list table ip filter
iptables -P FORWARD DROP
nft list chain ip filter FORWARD
nft add chain ip filter FORWARD '{ policy accept; }'; echo rc=$?
nft list chain ip filter FORWARD
iptables -S FORWARD
nft rename chain ip filter OUTPUT out2; echo rc=$?
nft -n list ruleset
nft add table inet t
nft add chain inet t in '{ type filter hook input priority 0; }'
nft add chain inet t sub
nft add rule inet t in jump sub
nft rename chain inet t sub sub2; echo rc=$?
nft rename chain inet t in in2; echo rc=$?
nft rename chain inet t sub2 in2; echo rc=$?
nft rename chain inet t nosuch x; echo rc=$?
nft add chain inet t in '{ policy drop; }'; echo rc=$?
nft add chain inet t other '{ policy drop; }'; echo rc=$?
nft add chain inet t sub2 '{ policy drop; }'; echo rc=$?
nft -a list ruleset
