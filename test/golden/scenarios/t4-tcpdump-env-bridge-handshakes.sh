# tcpdump -e -n -v on a bridge while two containers ARP, ping and open a TCP connection
ip link add br0 type bridge
ip link set br0 up
for i in 1 2; do
  ip netns add ns$i
  ip link add veth$i type veth peer name eth0 netns ns$i
  ip link set veth$i master br0 up
  ip -n ns$i link set eth0 address 02:00:00:00:00:0$i
  ip -n ns$i addr add 172.20.0.$i/24 dev eth0
  ip -n ns$i link set eth0 up; ip -n ns$i link set lo up
  ip netns exec ns$i sysctl -qw net.ipv6.conf.eth0.disable_ipv6=1
done
sysctl -qw net.ipv6.conf.br0.disable_ipv6=1
ip netns exec ns2 timeout 5 nc -l -p 80 >/dev/null &
sleep 0.3
timeout 5 tcpdump -l -e -n -v -i br0 -c 12 'arp or icmp or tcp' 2>&1 > /tmp/tde.out &
sleep 0.5
ip netns exec ns1 ping -c 1 172.20.0.2 >/dev/null
echo hi | ip netns exec ns1 nc -q 0 -w 2 172.20.0.2 80
wait
sed -E 's/^[0-9:.]+ //; s/(id|seq|ack|win|cksum|ecr|val) [0-9a-fx]+/\1 N/g; s/TS val N ecr N/TS/' /tmp/tde.out
