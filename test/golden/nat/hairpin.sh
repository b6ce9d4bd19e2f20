# Hairpin NAT: a container reaching its own published port through the host address.
ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
ip netns add lan
ip link add eth1 type veth peer name eth0 netns lan
ip addr add 192.168.1.10/24 dev eth1; ip link set eth1 up
for i in 2 3; do
  ip netns add c$i
  ip link add veth$i type veth peer name eth0 netns c$i
  ip link set veth$i master docker0 up
  ip -n c$i addr add 172.17.0.$i/16 dev eth0
  ip -n c$i link set eth0 up
  ip -n c$i route add default via 172.17.0.1
done
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -d 192.168.1.10 -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:7000
ip netns exec c2 nc -k -l 7000 > /tmp/got.txt &
sleep 0.3
echo from-c3 | ip netns exec c3 nc -N -w 2 192.168.1.10 8080; echo c3=$?
echo from-c2-nohairpin | ip netns exec c2 nc -N -w 1 192.168.1.10 8080; echo c2=$?
bridge link set dev veth2 hairpin on
bridge -d link show dev veth2 | grep -o 'hairpin [a-z]*'
echo from-c2-hairpin-noMASQ | ip netns exec c2 nc -N -w 1 192.168.1.10 8080; echo c2=$?
iptables -t nat -A POSTROUTING -s 172.17.0.2 -d 172.17.0.2 -p tcp --dport 7000 -j MASQUERADE
conntrack -F 2>&1
echo from-c2-hairpin | ip netns exec c2 nc -N -w 2 192.168.1.10 8080; echo c2=$?
sleep 0.3
cat /tmp/got.txt
conntrack -L -p tcp --dport 8080 2>&1 | sed 's/ [0-9]* TIME_WAIT/ T TIME_WAIT/;s/ [0-9]* SYN_SENT/ T SYN_SENT/'
iptables -t nat -L -n -v -x
kill %1; wait
