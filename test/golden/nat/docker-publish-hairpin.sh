# docker0 by hand, published port reached from outside, from another container, from the container itself (hairpin NAT)
ip netns add host; ip -n host link set lo up
ip netns add out; ip -n out link set lo up
ip netns exec host sysctl -qw net.ipv4.ip_forward=1
ip link add eth0 netns host type veth peer name eth0 netns out
ip -n host addr add 192.168.50.10/24 dev eth0; ip -n host link set eth0 up
ip -n out addr add 192.168.50.20/24 dev eth0; ip -n out link set eth0 up
ip -n host link add docker0 type bridge
ip -n host addr add 172.17.0.1/16 dev docker0
ip -n host link set docker0 up
for i in 2 3; do
  ip netns add c$i; ip -n c$i link set lo up
  ip -n host link add veth$i type veth peer name eth0 netns c$i
  ip -n host link set veth$i master docker0; ip -n host link set veth$i up
  ip -n c$i addr add 172.17.0.$i/16 dev eth0; ip -n c$i link set eth0 up
  ip -n c$i route add default via 172.17.0.1
done
I="ip netns exec host iptables"
$I -t nat -N DOCKER
$I -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
$I -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
$I -t nat -A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
$I -t nat -A DOCKER -i docker0 -j RETURN
$I -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
echo "--- from out"
ip netns exec c2 timeout 5 sh -c 'echo hi-out | nc -l -p 80 -q 1' &
sleep 0.5
ip netns exec out nc -w 2 192.168.50.10 8080 </dev/null; echo "exit $?"
wait
echo "--- from c3 (DOCKER chain returns for -i docker0)"
ip netns exec c2 timeout 4 sh -c 'echo hi-c3 | nc -l -p 80 -q 1' &
sleep 0.5
ip netns exec c3 nc -w 1 192.168.50.10 8080 </dev/null; echo "exit $?"
wait
echo "--- fix: DNAT also from docker0"
$I -t nat -R DOCKER 1 -i docker0 -p udp -j RETURN
ip netns exec c2 timeout 5 sh -c 'echo hi-c3 | nc -l -p 80 -q 1' &
sleep 0.5
ip netns exec c3 nc -w 2 192.168.50.10 8080 </dev/null; echo "exit $?"
wait
echo "--- c2 to itself"
ip netns exec c2 timeout 5 sh -c 'echo hi-self | nc -l -p 80 -q 1' &
sleep 0.5
ip netns exec c2 nc -w 2 192.168.50.10 8080 </dev/null; echo "exit $?"
wait
$I -t nat -L -n -v
ip netns exec host conntrack -L -p tcp 2>/dev/null | sed 's/sport=[0-9]*/sport=P/g;s/ timeout=[0-9]*//;s/id=[0-9]*/id=I/g' | sort
