# A namespace made by unshare (no ip netns add): move a veth in by pid, name it, then nsenter to configure it
unshare -n sleep 6 &
pid=$!
sleep 0.3
ip link add h0 type veth peer name c0
ip link set c0 netns $pid
ip link show h0 | head -1 | sed 's/^[0-9]*: //; s/ qdisc.*//'
nsenter -t $pid -n ip link show | grep -c '^[0-9]'
nsenter -t $pid -n ip addr add 10.44.0.2/24 dev c0
nsenter -t $pid -n ip link set c0 up
nsenter -t $pid -n ip link set lo up
ip addr add 10.44.0.1/24 dev h0; ip link set h0 up
ping -c 1 -W 1 10.44.0.2 | grep -o '1 received'
echo "identify: [$(ip netns identify $pid)]"
nsenter -t $pid -n ip -br addr show c0 | awk '{print $1,$2,$3}'
nsenter -t $pid -n ip route
nsenter -t $pid -n ping -c 1 -W 1 10.44.0.1 | grep -o '1 received'
readlink /proc/$pid/ns/net | grep -c '^net:\['
[ "$(readlink /proc/$pid/ns/net)" = "$(readlink /proc/self/ns/net)" ] && echo same || echo different
kill $pid; wait $pid 2>/dev/null
sleep 0.2
ip link show h0 2>&1 | head -1 | sed 's/^[0-9]*: //; s/ qdisc.*//'
nsenter -t $pid -n true 2>&1 | sed 's/[0-9][0-9]*/PID/'; echo rc=${PIPESTATUS[0]}
