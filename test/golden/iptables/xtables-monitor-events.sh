# xtables-monitor -e: ruleset events (libnftnl's table/base chain lines, iptables-save lines for ip/ip6 rules and
# user chains, an empty EVENT for another family's rule, NEWGEN after each batch); -4 and -c; without stdbuf the
# events stay in stdio's buffer when the monitor is killed (nothing in the file).
timeout 5 stdbuf -oL xtables-monitor -e > h2 2>&1 &
sleep 0.3
iptables -A INPUT -p tcp --dport 80 -j DROP
iptables -N foo
iptables -A foo -s 1.2.3.4 -j ACCEPT
iptables -I INPUT -j foo
iptables -D INPUT 2
iptables -t nat -A POSTROUTING -o lo -j MASQUERADE
iptables -F foo
iptables -X foo
ip6tables -A INPUT -j DROP
nft add table inet x
nft add chain inet x c '{ type filter hook input priority 0; }'
nft add rule inet x c counter
nft delete table inet x
nft delete table ip nat
sleep 0.3
kill %1; wait
cat h2
echo ---
timeout 5 xtables-monitor -e > h3 2>&1 &
sleep 0.3
iptables -A INPUT -j ACCEPT
sleep 0.3
kill %1; wait
cat h3
echo ---
timeout 5 stdbuf -oL xtables-monitor -e -4 -c > h4 2>&1 &
sleep 0.3
iptables -A INPUT -j ACCEPT
ip6tables -A INPUT -j ACCEPT
sleep 0.3
kill %1; wait
cat h4
