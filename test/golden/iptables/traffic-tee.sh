# TEE: every ICMP packet the host forwards is also sent to a watcher next to
# it (--gateway), unchanged but for DF (and TTL, when copied at PREROUTING);
# the copies are untracked and not copied again.
ip netns add a
ip netns add b
ip netns add w
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link add vw type veth peer name eth0 netns w
ip addr add 10.1.0.1/24 dev va
ip addr add 10.2.0.1/24 dev vb
ip addr add 10.3.0.1/24 dev vw
for d in va vb vw; do ip link set $d up; done
ip -n a addr add 10.1.0.2/24 dev eth0
ip -n b addr add 10.2.0.2/24 dev eth0
ip -n w addr add 10.3.0.2/24 dev eth0
for n in a b w; do ip -n $n link set eth0 up; done
ip -n a route add default via 10.1.0.1
ip -n b route add default via 10.2.0.1
ip -n w route add default via 10.3.0.1
sysctl -qw net.ipv4.conf.all.forwarding=1
iptables -t mangle -A PREROUTING -i va -p icmp -j TEE --gateway 10.3.0.2
iptables -t mangle -A POSTROUTING -o vb -p icmp -j TEE --gateway 10.3.0.2 --oif vw
ip netns exec w tcpdump -n -t -v -l -i eth0 icmp > w.txt 2> /dev/null &
ip netns exec b tcpdump -n -t -l -i eth0 icmp > b.txt 2> /dev/null &
sleep 0.5
ip netns exec a ping -c 1 10.2.0.2 | sed 's/time=.*//'
sleep 0.5
kill %1 %2; wait
echo "-- watcher"; sed 's/id [0-9]*,/id N,/; s/, id [0-9]*, seq/, id N, seq/' w.txt
echo "-- b"; cat b.txt
iptables -t mangle -L -n -v
iptables -t mangle -S
conntrack -L 2>&1 | grep -c icmp
