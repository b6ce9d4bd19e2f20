# ipset: entries time out on the clock; counters count matched packets; SET adds with a timeout; rename/swap keep rule references
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
ipset create t hash:ip timeout 2
ipset add t 10.0.0.7
ipset add t 10.0.0.8 timeout 0
ipset add t 10.0.0.9 timeout 30
ipset test t 10.0.0.7; echo "rc=$?"
sleep 3
ipset test t 10.0.0.7; echo "rc=$?"
ipset list t | tail -n +4
ipset create c hash:net counters
ipset add c 10.0.0.0/24
ipset create seen hash:ip,port timeout 60
iptables -A INPUT -m set --match-set c src -j ACCEPT
iptables -A INPUT -p icmp -j SET --add-set seen src,src --timeout 40
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.1 | grep transmitted
ipset list c | tail -n 1
iptables -I INPUT -m set --match-set c src --packets-gt 1 -j DROP
ip netns exec a ping -c 1 -W 1 10.0.0.1 | grep transmitted
ipset list c | tail -n 1
iptables -D INPUT 3
iptables -I INPUT 1 -p icmp -j SET --add-set seen src,dst --timeout 40 --exist
ip netns exec a ping -c 1 -W 1 10.0.0.1 | grep transmitted
ipset list seen | tail -n +4
ipset rename c c2
ipset create c hash:net
iptables -S INPUT
ipset swap c c2
iptables -S INPUT
ipset list -t | grep -E '^(Name|References)'
ipset destroy c; echo "rc=$?"
ipset destroy c2; echo "rc=$?"
