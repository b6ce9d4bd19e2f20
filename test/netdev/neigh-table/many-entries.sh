ip link add a0 type veth peer name b0
ip link add a1 type veth peer name b1
ip link set a0 up; ip link set a1 up
i=1
while [ $i -le 12 ]; do
  ip neigh add 10.0.0.$i lladdr 02:00:00:00:00:$i dev a0 nud permanent
  ip neigh add 10.0.1.$i lladdr 02:00:00:00:01:$i dev a1 nud stale
  ip -6 neigh add 2001:db8::$i lladdr 02:00:00:00:02:$i dev a0 nud reachable
  i=$((i + 1))
done
ip neigh show | head -40
ip neigh del 10.0.0.3 dev a0
ip neigh del 10.0.1.7 dev a1
ip -6 neigh del 2001:db8::12 dev a0
ip neigh replace 10.0.0.5 lladdr 02:aa:bb:cc:dd:ee dev a0 nud permanent
ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:33 dev a0 nud noarp
ip neigh add 10.0.0.4 lladdr 02:00:00:00:00:44 dev a0
echo "exit $?"
ip neigh show dev a0
ip neigh get 10.0.1.9 dev a1
ip neigh get 10.0.0.5 dev a0
ip link set a1 down
ip neigh show
ip neigh flush dev a0
ip -6 neigh show
ip neigh show
