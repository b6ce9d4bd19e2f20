# Policy routing by mark: mangle OUTPUT marks ICMP, ip rule sends marked packets through table 100.
ip link set lo up
for n in a b; do
  ip netns add $n
  ip link add ${n}0 type veth peer name ${n}1
  ip link set ${n}1 netns $n
  ip netns exec $n ip link set lo up
  ip netns exec $n ip link set ${n}1 up
  ip netns exec $n ip addr add 192.0.2.1/32 dev lo
  ip link set ${n}0 up
done
ip addr add 10.0.0.1/24 dev a0
ip addr add 10.1.0.1/24 dev b0
ip netns exec a ip addr add 10.0.0.2/24 dev a1
ip netns exec b ip addr add 10.1.0.2/24 dev b1
ip netns exec a ip route add default via 10.0.0.1
ip netns exec b ip route add default via 10.1.0.1
ip route add default via 10.0.0.2
ip route add default via 10.1.0.2 table 100
ip rule add fwmark 0x64 lookup 100
for n in a b; do ip netns exec $n iptables -A INPUT -p icmp --icmp-type echo-request; done
ping -c 1 -W 1 192.0.2.1 | grep -c "bytes from"
iptables -t mangle -A OUTPUT -p icmp -j MARK --set-mark 0x64
ping -c 2 -W 1 192.0.2.1 | grep -c "bytes from"
for n in a b; do echo "== $n"; ip netns exec $n iptables -L INPUT -v -x -n | tail -n +3; done
iptables -t mangle -L OUTPUT -v -x -n
ip route get 192.0.2.1
ip route get 192.0.2.1 mark 100
iptables -t mangle -F OUTPUT
ping -c 1 -W 1 192.0.2.1 | grep -c "bytes from"
for n in a b; do echo "== $n"; ip netns exec $n iptables -L INPUT -v -x -n | tail -n +3; done
