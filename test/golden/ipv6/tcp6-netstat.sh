# netstat with IPv6 sockets: tcp6/udp6 lines after the IPv4 ones, :: as
# "::" numerically and "[::]" by name, -4/-6 keeping one family.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up
ip -n b link set vb up
ip -n a -6 addr add 2001:db8::1/64 dev va nodad
ip -n b -6 addr add 2001:db8::2/64 dev vb nodad
sleep 2
ip netns exec b timeout 2 nc -6 -l -p 8080 >/dev/null &
ip netns exec b timeout 2 nc -6 -u -l -p 9090 >/dev/null &
ip netns exec b timeout 2 nc -l -p 8081 >/dev/null &
sleep 0.3
ip netns exec b netstat -tln
ip netns exec b netstat -uln
ip netns exec b netstat -tl
(sleep 0.5) | ip netns exec a timeout 1 nc -6 -p 40000 2001:db8::2 8080 &
sleep 0.2
ip netns exec b netstat -tn
ip netns exec b netstat -tnW
wait
ip netns exec b timeout 1 nc -6 -l -p 8082 >/dev/null &
ip netns exec b timeout 1 nc -l -p 8083 >/dev/null &
sleep 0.3
ip netns exec b netstat -tln -6
ip netns exec b netstat -tln -4
wait
ip netns del a
ip netns del b
