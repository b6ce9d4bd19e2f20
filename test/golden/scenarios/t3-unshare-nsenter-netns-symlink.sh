# Namespaces without "ip netns": unshare, nsenter, exposing a process's netns to ip netns via a symlink
mkdir -p /var/run/netns
unshare --net sh -c 'ip -br link; ip link set lo up; ip -br addr show lo'
unshare -n ip route show; echo "rc=$?"
sleep 5 &
SPID=$!
unshare --net sleep 5 &
UPID=$!
sleep 0.3
readlink /proc/$$/ns/net | cut -d: -f1
[ "$(readlink /proc/$UPID/ns/net)" != "$(readlink /proc/$$/ns/net)" ] && echo "unshared pid has its own netns"
[ "$(readlink /proc/$SPID/ns/net)" = "$(readlink /proc/$$/ns/net)" ] && echo "plain sleep shares ours"
ip link add v-host type veth peer name v-ctr
ip link set v-ctr netns $UPID
ip link show v-ctr 2>&1
nsenter -t $UPID -n ip -br link | awk '{print $1}' | sort
ln -sf /proc/$UPID/ns/net /var/run/netns/ctr1
ip netns list
ip netns exec ctr1 ip addr add 10.99.0.2/24 dev v-ctr
ip netns exec ctr1 ip link set v-ctr up
ip addr add 10.99.0.1/24 dev v-host; ip link set v-host up
ping -c1 -W2 10.99.0.2 | grep -o 'ttl=[0-9]*'
nsenter --net=/var/run/netns/ctr1 ip -4 -br addr show v-ctr
ip netns identify $UPID
ip netns pids ctr1 | grep -c "^$UPID$"
kill $UPID $SPID; wait; sleep 1
rm /var/run/netns/ctr1
ip link show v-host 2>&1 | head -1
