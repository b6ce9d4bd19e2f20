# Debugging: ss -tnp, ss -ltn, nc listeners and connections
ip netns add srv; ip link set lo up
ip link add v0 type veth peer name v1 netns srv
ip addr add 10.5.0.1/24 dev v0; ip link set v0 up
ip -n srv addr add 10.5.0.2/24 dev v1; ip -n srv link set v1 up; ip -n srv link set lo up
ip netns exec srv nc -l -p 5000 > /dev/null &
L=$!
sleep 0.3
ip netns exec srv ss -ltn
ip netns exec srv ss -ltnp | sed -E 's/pid=[0-9]+/pid=P/; s/fd=[0-9]+/fd=F/'
sleep 10 | nc 10.5.0.2 5000 &
C=$!
sleep 0.3
ss -tn
ip netns exec srv ss -tn state established
ss -tn dst 10.5.0.2 | tail -n +2 | awk '{print $1, $5}'
nc -zv 10.5.0.2 5000; echo "z rc=$?"
nc -zv -w 1 10.5.0.2 5001; echo "z rc=$?"
kill $C $L 2>/dev/null
wait 2>/dev/null
ss -tan | head -3 | cut -c1-20
