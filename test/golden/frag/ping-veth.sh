# ping -s 2000 over a 1500-MTU veth: the request and the reply each cross as
# two fragments (1480 + 528 payload bytes, same id, MF on the first, no DF
# under IP_PMTUDISC_WANT); the peer reassembles and ping shows the full size.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip addr add 10.9.0.1/24 dev v0
ip -n a addr add 10.9.0.2/24 dev v1
ip link set v0 up
ip -n a link set v1 up
sysctl -qw net.ipv6.conf.v0.disable_ipv6=1
ip netns exec a sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
sleep 0.1
tcpdump -i v0 -n -v -c 4 -l icmp 2>&1 &
sleep 0.5
ping -c 1 -s 2000 10.9.0.2 > ping.out; rc=$?
wait; echo "rc=$rc"
sed 's/time=.*/time=X/;/^rtt/d' ping.out
ping -c 2 -i 0.2 -s 1472 -M do 10.9.0.2 | grep bytes
ping -c 1 -s 3000 -M dont 10.9.0.2 | grep bytes
ip -n a -s link show v1 | tail -4
