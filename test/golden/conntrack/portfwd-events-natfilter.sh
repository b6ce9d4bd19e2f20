# Port forwarding between namespaces watched with conntrack -E: a SYN answered by a RST leaves at once,
# still UNREPLIED; -L --src-nat/--dst-nat compare the tuples (a DNAT-only flow is no src-nat).
ip netns add cli; ip netns add srv
ip link add eth-cli type veth peer name eth0 netns cli
ip link add eth-srv type veth peer name eth0 netns srv
ip addr add 10.1.0.1/24 dev eth-cli; ip addr add 10.2.0.1/24 dev eth-srv
ip link set eth-cli up; ip link set eth-srv up
ip -n cli addr add 10.1.0.2/24 dev eth0; ip -n cli link set eth0 up; ip -n cli route add default via 10.1.0.1
ip -n srv addr add 10.2.0.2/24 dev eth0; ip -n srv link set eth0 up; ip -n srv route add default via 10.2.0.1
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -i eth-cli -p tcp --dport 2222 -j DNAT --to-destination 10.2.0.2:22
iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A FORWARD -i eth-cli -o eth-srv -p tcp --dport 22 -m conntrack --ctstate NEW,DNAT -j ACCEPT
iptables -P FORWARD DROP
conntrack -E -p tcp > /tmp/ev.txt 2>&1 &
ip netns exec srv nc -l 22 > /tmp/got.txt &
sleep 0.5
echo hello-ssh | ip netns exec cli nc -N -w 2 10.1.0.1 2222; echo rc=$?
sleep 0.5
echo blocked | ip netns exec cli nc -N -w 1 10.2.0.2 22; echo direct=$?
sleep 0.3
kill %1
wait %1 2>/dev/null
cat /tmp/ev.txt | sed 's/^ *\[[A-Z]*\] *//' | head -20
cat /tmp/got.txt
conntrack -L -o extended 2>&1 | sed 's/ [0-9]* TIME_WAIT/ T TIME_WAIT/;s/ [0-9]* SYN_SENT/ T SYN_SENT/'
conntrack -L --dst-nat 2>&1 | sed 's/ [0-9]* TIME_WAIT/ T TIME_WAIT/'
conntrack -L --src-nat 2>&1
iptables -L FORWARD -n -v -x --line-numbers
wait
