# dockerd --icc=false: containers on docker0 cannot talk, except through a linked port
ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
modprobe br_netfilter 2>/dev/null; sysctl -w net.bridge.bridge-nf-call-iptables=1 >/dev/null
cat /proc/sys/net/bridge/bridge-nf-call-iptables
for i in 2 3 4; do
  ip netns add c$i
  ip link add vc$i type veth peer name eth0 netns c$i
  ip link set vc$i master docker0 up
  ip -n c$i addr add 172.17.0.$i/16 dev eth0; ip -n c$i link set eth0 up; ip -n c$i link set lo up
done
iptables -A FORWARD -i docker0 -o docker0 -p tcp -s 172.17.0.3 -d 172.17.0.2 --dport 6379 -j ACCEPT
iptables -A FORWARD -i docker0 -o docker0 -p tcp -s 172.17.0.2 --sport 6379 -d 172.17.0.3 -j ACCEPT
iptables -A FORWARD -i docker0 -o docker0 -j DROP
ip netns exec c2 sh -c 'timeout 3 nc -lk -p 6379 >/dev/null' &
sleep 0.4
ip netns exec c3 nc -zv -w 1 172.17.0.2 6379 2>&1
ip netns exec c4 nc -zv -w 1 172.17.0.2 6379 2>&1; echo "c4 rc=$?"
ip netns exec c4 ping -c 1 -W 1 172.17.0.3 | tail -2 | head -1
wait
iptables -nvL FORWARD | awk 'NR>2{print $1, $3, $6, $7, $8, $9}'
bridge fdb show br docker0 | grep -vc permanent
