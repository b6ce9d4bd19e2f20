# ipset with iptables: -m set DROP blocks a ping from an address in the set, ipset del re-allows it; references
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
ip -n a link set lo up
ipset create bl hash:ip
ipset create pn hash:ip,port counters
ipset add bl 10.0.0.2
iptables -A INPUT -m set --match-set bl src -j DROP; echo "rc=$?"
iptables -A INPUT -m set ! --match-set bl src,dst -j ACCEPT
iptables -A INPUT -m set --match-set pn src,dst --return-nomatch --update-counters --packets-eq 5 -j ACCEPT
iptables -A INPUT -m set --match-set bl dst ! --update-counters --bytes-gt 100 -j ACCEPT
iptables -A INPUT -m set --match-set nosuch src -j DROP; echo "rc=$?"
iptables -A INPUT -m set --match-set bl -j DROP; echo "rc=$?"
iptables -A INPUT -m set --match-set bl src,dst,src,dst,src,dst,src -j DROP; echo "rc=$?"
iptables -A OUTPUT -j SET --add-set pn dst,dst; echo "rc=$?"
iptables -A OUTPUT -j SET --del-set bl dst --exist; echo "rc=$?"
ip netns exec a ping -c 1 -W 1 10.0.0.1 | grep -E 'transmitted'
iptables -L INPUT -n -v | sed -n 1,3p
ipset list bl | grep -E 'References|Number'
ipset destroy bl; echo "rc=$?"
ipset destroy; echo "rc=$?"
ipset del bl 10.0.0.2
ip netns exec a ping -c 1 -W 1 10.0.0.1 | grep -E 'transmitted'
ipset list pn | tail -n +5
iptables -L -n
iptables -S
iptables -F; echo "rc=$?"
ipset list bl | grep References
ipset destroy bl; echo "rc=$?"
ipset list -n
