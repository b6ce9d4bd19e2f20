# MSS clamping on a router: mangle TCPMSS --clamp-mss-to-pmtu/--set-mss on locally sent (partial
# checksum) SYNs, then the filter one-liner without -o, clamped by the reverse route's MTU.
ip netns add lan; ip netns add wan
ip link add vl type veth peer name eth0 netns lan
ip link add vw type veth peer name eth0 netns wan
ip addr add 10.1.1.1/24 dev vl; ip link set vl up
ip addr add 10.2.2.1/24 dev vw; ip link set vw mtu 1400 up
ip -n lan addr add 10.1.1.2/24 dev eth0; ip -n lan link set eth0 up; ip -n lan route add default via 10.1.1.1
ip -n wan addr add 10.2.2.2/24 dev eth0; ip -n wan link set eth0 mtu 1400 up; ip -n wan route add default via 10.2.2.1
sysctl -qw net.ipv4.ip_forward=1
iptables -t mangle -A FORWARD -o vw -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A FORWARD -i vw -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1200
ip netns exec wan nc -l 80 > /dev/null &
ip netns exec lan nc -l 81 > /dev/null &
tcpdump -n -l -i vw -c 4 'tcp[tcpflags] & tcp-syn != 0' > /tmp/td.txt 2>/dev/null &
sleep 0.5
echo a | ip netns exec lan nc -N -w 1 10.2.2.2 80; echo rc=$?
echo b | ip netns exec wan nc -N -w 1 10.1.1.2 81; echo rc=$?
sleep 0.3
kill %3 2>/dev/null; wait
sed 's/^[0-9:.]* //;s/seq [0-9]*/seq S/;s/ack [0-9]*/ack A/;s/TS val [0-9]* ecr [0-9]*/TS/;s/\.[0-9]\{4,5\} >/.P >/;s/\.[0-9]\{4,5\}:/.P:/' /tmp/td.txt
iptables -t mangle -L FORWARD -n -v
iptables -t mangle -S
# side is clamped by the reverse route's MTU (tcpdump on the LAN side shows it).
ip netns del lan; ip netns del wan; iptables -t mangle -F; ip link del vl 2>/dev/null; ip link del vw 2>/dev/null
ip netns add lan; ip netns add wan
ip link add vl type veth peer name eth0 netns lan
ip link add vw type veth peer name eth0 netns wan
ip addr add 10.1.1.1/24 dev vl; ip link set vl up
ip addr add 10.2.2.1/24 dev vw; ip link set vw mtu 1400 up
ip -n lan addr add 10.1.1.2/24 dev eth0; ip -n lan link set eth0 up; ip -n lan route add default via 10.1.1.1
ip -n wan addr add 10.2.2.2/24 dev eth0; ip -n wan link set eth0 mtu 1492 up; ip -n wan route add default via 10.2.2.1
sysctl -qw net.ipv4.ip_forward=1
iptables -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip netns exec lan nc -l 81 > /tmp/got.txt &
tcpdump -n -l -i vl -c 2 'tcp[tcpflags] & tcp-syn != 0' > /tmp/td.txt 2>/dev/null &
sleep 0.5
echo b | ip netns exec wan nc -N -w 1 10.1.1.2 81; echo rc=$?
sleep 0.3
kill %2 2>/dev/null; wait
cat /tmp/got.txt
sed 's/^[0-9:.]* //;s/seq [0-9]*/seq S/;s/ack [0-9]*/ack A/;s/TS val [0-9]* ecr [0-9]*/TS/;s/\.[0-9]\{4,5\} >/.P >/;s/\.[0-9]\{4,5\}:/.P:/' /tmp/td.txt
iptables -L FORWARD -n -v
ip route get 10.2.2.2
