# Watching conntrack while nc talks through a NAT box: -L during the session, -E for the events, counters after
ip netns add cli; ip netns add srv
ip link add c0 type veth peer name eth0 netns cli
ip link add s0 type veth peer name eth0 netns srv
ip addr add 10.1.0.1/24 dev c0; ip addr add 10.2.0.1/24 dev s0
ip link set c0 up; ip link set s0 up
for n in cli srv; do ip -n $n link set eth0 up; ip -n $n link set lo up; done
ip -n cli addr add 10.1.0.2/24 dev eth0; ip -n cli route add default via 10.1.0.1
ip -n srv addr add 10.2.0.2/24 dev eth0
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -o s0 -j MASQUERADE
ip netns exec srv timeout 6 nc -l -p 5000 > /tmp/ctnc.out &
sleep 0.4
timeout 4 conntrack -E -p tcp 2>/dev/null > /tmp/ctev.out &
sleep 0.3
( echo hello; sleep 1.2; echo bye ) | ip netns exec cli timeout 4 nc -q 1 10.2.0.2 5000 &
sleep 0.8
echo "--- during the session"
conntrack -L -p tcp 2>&1 | sed 's/^tcp *6 [0-9]* /tcp 6 T /' | sed 's/ mark=0//; s/ use=1//'
wait
echo "--- events"
sed 's/^ *\[[A-Z]*\] *//' /tmp/ctev.out | awk '{print $1, $2, $4, $5, $6}' | head -8
echo "--- server got"; cat /tmp/ctnc.out
echo "--- after"
conntrack -L -p tcp 2>/dev/null | awk '{print $4}'
conntrack -C
