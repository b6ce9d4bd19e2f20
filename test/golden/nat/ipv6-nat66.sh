# NAT66 (ip6table_nat): MASQUERADE of ICMPv6 echo and TCP, DNAT to another
# host and port, SNAT to an address range (the address hashed from the
# tuple, find_best_ips_proto), REDIRECT to the incoming device's address.
ip netns add a; ip netns add r; ip netns add b
ip link add a0 netns a type veth peer name ra netns r
ip link add b0 netns b type veth peer name rb netns r
for n in a r b; do ip -n $n link set lo up; done
ip -n a addr add fd00:1::2/64 dev a0 nodad; ip -n a link set a0 up
ip -n b addr add fd00:2::2/64 dev b0 nodad; ip -n b link set b0 up
ip -n r addr add fd00:1::1/64 dev ra nodad; ip -n r link set ra up
ip -n r addr add fd00:2::1/64 dev rb nodad; ip -n r link set rb up
ip -n a route add default via fd00:1::1
ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
sleep 2
ip netns exec r ip6tables -t nat -A POSTROUTING -o rb -p udp -j SNAT --to-source fd00:2::10-fd00:2::13
ip netns exec r ip6tables -t nat -A POSTROUTING -o rb -j MASQUERADE
ip netns exec r ip6tables -t nat -A PREROUTING -i ra -p tcp --dport 8080 -j DNAT --to-destination [fd00:2::2]:80
ip netns exec r ip6tables -t nat -A PREROUTING -i ra -p tcp --dport 2222 -j REDIRECT --to-ports 22
ip netns exec a ping -6 -c 2 -i 0.2 fd00:2::2 | grep -c "bytes from"
ip netns exec r conntrack -L -f ipv6
ip netns exec r cat /proc/net/nf_conntrack
ip netns exec b nc -6 -l -p 80 &
sleep 0.3
echo hi | ip netns exec a nc -6 -N fd00:2::2 80
wait
ip netns exec b nc -6 -l -p 80 &
sleep 0.3
echo hi2 | ip netns exec a nc -6 -N fd00:1::1 8080
wait
ip netns exec r nc -6 -l -p 22 &
sleep 0.3
echo hi3 | ip netns exec a nc -6 -N fd00:1::1 2222
wait
ip netns exec r conntrack -L -f ipv6 -p tcp
# DNAT at OUTPUT: the packet is routed again (via the router, not on-link).
ip netns exec a ip6tables -t nat -A OUTPUT -d fd00:1::99 -p tcp -j DNAT --to-destination fd00:2::2
ip netns exec b nc -6 -l -p 81 &
sleep 0.3
echo hi4 | ip netns exec a nc -6 -N fd00:1::99 81
wait
ip netns exec a conntrack -L -p tcp
ip netns exec r conntrack -F
for i in 3 4 5 6 7 8 9; do ip -n a addr add fd00:1::$i/64 dev a0 nodad; done
for i in 2 3 4 5 6 7 8 9; do echo u | ip netns exec a nc -6 -u -w1 -s fd00:1::$i fd00:2::2 53; done
sleep 0.5
ip netns exec r conntrack -L -f ipv6 -p udp
ip netns exec r ip6tables -t nat -L -v -n -x
