# SYN to a closed port: RST/ACK in tcpdump -S, nc's refused message with and without -v, TcpOutRsts/TcpAttemptFails
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b tcpdump -l -nn -i vb -c 4 -t -S tcp > /tmp/cap 2>/dev/null &
sleep 0.5
ip netns exec a nc -v 10.0.0.2 81 </dev/null; echo rc=$?
ip netns exec a nc 10.0.0.2 81 </dev/null; echo rc=$?
wait
sed -E 's/(seq|ack) [0-9]+/\1 N/g; s/\.[0-9]{4,5} >/.P >/; s/\.[0-9]{4,5}:/.P:/; s/val [0-9]+/val T/' /tmp/cap
ip netns exec b nstat -az TcpOutRsts TcpInSegs TcpOutSegs | tail -n +2
ip netns exec a nstat -az TcpAttemptFails TcpActiveOpens TcpInErrs | tail -n +2
