# Forwarded traffic: mangle PREROUTING marks packets from one client, and the mark
# picks their uplink; source rules pick another client's uplink.
ip link set lo up
sysctl -qw net.ipv4.ip_forward=1
for n in c1 c2 up1 up2; do ip netns add $n; ip -n $n link set lo up; done
ip link add c1 type veth peer name eth0 netns c1
ip link add c2 type veth peer name eth0 netns c2
ip link add up1 type veth peer name eth0 netns up1
ip link add up2 type veth peer name eth0 netns up2
ip addr add 10.1.0.1/24 dev c1; ip link set c1 up
ip addr add 10.2.0.1/24 dev c2; ip link set c2 up
ip addr add 10.11.0.1/24 dev up1; ip link set up1 up
ip addr add 10.12.0.1/24 dev up2; ip link set up2 up
ip -n c1 addr add 10.1.0.2/24 dev eth0; ip -n c1 link set eth0 up; ip -n c1 route add default via 10.1.0.1
ip -n c2 addr add 10.2.0.2/24 dev eth0; ip -n c2 link set eth0 up; ip -n c2 route add default via 10.2.0.1
for n in 1 2; do
  ip -n up$n addr add 10.1$n.0.2/24 dev eth0; ip -n up$n link set eth0 up
  ip -n up$n addr add 198.51.100.1/32 dev lo
  ip -n up$n route add 10.0.0.0/8 via 10.1$n.0.1
  ip netns exec up$n iptables -A INPUT -p icmp --icmp-type echo-request
done
ip route add default via 10.11.0.2
ip route add default via 10.12.0.2 table 2
ip rule add fwmark 2 lookup 2
iptables -t mangle -A PREROUTING -i c1 -j MARK --set-mark 2
ip netns exec c1 ping -c 2 -i 0.2 -W 1 198.51.100.1 | grep -c "bytes from"
ip netns exec c2 ping -c 1 -W 1 198.51.100.1 | grep -c "bytes from"
ip rule add from 10.2.0.0/24 lookup 2
ip netns exec c2 ping -c 3 -i 0.2 -W 1 198.51.100.1 | grep -c "bytes from"
for n in 1 2; do echo "== up$n"; ip netns exec up$n iptables -L INPUT -v -x -n | tail -n +3; done
iptables -t mangle -L PREROUTING -v -x -n
ip route get 198.51.100.1 from 10.1.0.2 iif c1 mark 2
ip route get 198.51.100.1 from 10.2.0.2 iif c2
