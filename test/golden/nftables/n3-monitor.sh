# nft monitor: each object a batch adds or deletes (nft's and iptables-nft's alike) and the new
# generation with the committing process; monitor tables; an invalid event.
nft monitor > mon.out 2>&1 &
pid=$!
sleep 0.5
nft add table ip t
nft add chain ip t c '{ type filter hook input priority 0; policy accept; }'
nft add rule ip t c tcp dport 22 counter accept
nft add set ip t s '{ type ipv4_addr; }'
nft add element ip t s '{ 10.0.0.1 }'
nft delete element ip t s '{ 10.0.0.1 }'
nft -a list ruleset > /dev/null
nft delete rule ip t c handle 2
nft flush chain ip t c
nft delete chain ip t c
nft delete table ip t
iptables -A INPUT -s 1.1.1.1 -j DROP
iptables -F
sleep 0.5
kill $pid
wait $pid 2>/dev/null
cat mon.out
nft monitor tables > m2.out 2>&1 &
pid=$!
sleep 0.3
nft add table inet x
nft add chain inet x y
nft delete table inet x
sleep 0.3
kill $pid; wait $pid 2>/dev/null
cat m2.out
nft monitor foo; echo rc=$?
