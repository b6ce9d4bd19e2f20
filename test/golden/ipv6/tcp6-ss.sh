# ss with IPv6 sockets: a dual-stack listener on :: is "*", -4/-6 select the
# family; nc -l without -6 binds 0.0.0.0; an established IPv6 connection.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va address 02:00:00:00:00:0a
ip -n b link set vb address 02:00:00:00:00:0b
ip -n a link set va up
ip -n b link set vb up
ip -n a -6 addr add 2001:db8::1/64 dev va nodad
ip -n b -6 addr add 2001:db8::2/64 dev vb nodad
sleep 2
ip netns exec b timeout 2 nc -6 -l -p 8080 >/dev/null &
ip netns exec b timeout 2 nc -6 -u -l -p 9090 >/dev/null &
ip netns exec b timeout 2 nc -l -p 8081 >/dev/null &
sleep 0.3
ip netns exec b ss -tln
ip netns exec b ss -6 -tln
ip netns exec b ss -4 -tln
ip netns exec b ss -uln
ip netns exec b ss -6 -uln
(sleep 0.5) | ip netns exec a timeout 1 nc -6 2001:db8::2 8080 &
sleep 0.2
ip netns exec b ss -6 -tn | awk "{print \$1, \$2, \$3, \$4}"
ip netns exec a ss -6 -tn | awk '{print $1, $2, $3, $5}'
wait
ip netns del a
ip netns del b
