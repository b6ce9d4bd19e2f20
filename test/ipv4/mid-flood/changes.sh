# Changes of routes, rules, addresses, links and neighbours while a ping runs
# (test/ipv4/changes-mid-flood.test.ts: the output must equal the uncached path's).
ip link add br0 type bridge
ip link set br0 up
for i in 1 2; do
  ip netns add n$i
  ip link add v$i type veth peer name e$i
  ip link set e$i netns n$i
  ip -n n$i addr add 10.9.0.$i/24 dev e$i
  ip -n n$i link set e$i up
  ip -n n$i link set lo up
  ip link set v$i master br0
  ip link set v$i up
done
ip netns exec n1 ping -q -i 0.002 -c 600 10.9.0.2 > /tmp/ping.out 2>&1 &
sleep 0.1; ip -n n1 neigh replace 10.9.0.2 lladdr 02:00:00:00:00:99 dev e1 nud permanent
sleep 0.1; ip -n n1 neigh del 10.9.0.2 dev e1
sleep 0.1; ip -n n1 route add prohibit 10.9.0.2
sleep 0.1; ip -n n1 route del prohibit 10.9.0.2
sleep 0.1; ip -n n2 rule add to 10.9.0.1 prohibit prio 10
sleep 0.1; ip -n n2 rule del prio 10
sleep 0.1; ip -n n2 addr del 10.9.0.2/24 dev e2
sleep 0.1; ip -n n2 addr add 10.9.0.2/24 dev e2
sleep 0.1; ip -n n1 link set e1 down
sleep 0.1; ip -n n1 link set e1 up
sleep 0.1; ip -n n1 neigh flush dev e1
wait
cat /tmp/ping.out
ip -n n1 neigh
ip -n n2 neigh
ip -s -n n2 link show e2 | tail -4
