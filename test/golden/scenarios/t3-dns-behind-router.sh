# A namespace behind a router that has no route to its nameserver (/etc/netns/NAME/resolv.conf):
# glibc's resolver sets IP_RECVERR, so the router's "net unreachable" ends a try at once
ip netns add a; ip netns add r
mkdir -p /etc/netns/a
printf 'nameserver 192.0.2.53\noptions timeout:2\n' > /etc/netns/a/resolv.conf
ip link add eth0 netns a type veth peer name eth0 netns r
ip -n a addr add 10.9.0.2/24 dev eth0; ip -n r addr add 10.9.0.1/24 dev eth0
ip -n a link set eth0 up; ip -n r link set eth0 up; ip -n a link set lo up; ip -n r link set lo up
ip -n a route add default via 10.9.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a ping -c1 -W1 10.9.0.1 >/dev/null
ip netns exec a cat /etc/resolv.conf
ip netns exec a timeout 15 tcpdump -nn -i eth0 -c 6 port 53 or icmp 2>/dev/null | sed 's/^[0-9:.]* //; s/ [0-9]*+ A/ N+ A/; s/\.[0-9]* > 192/.P > 192/' > /tmp/td &
sleep 0.5
s=$SECONDS; ip netns exec a ping -c1 nosuch.example; echo "rc=$? after $((SECONDS - s))s"
wait
cat /tmp/td
ip netns exec r nstat -az IcmpOutDestUnreachs IcmpMsgOutType3 | tail -n +2
ip netns exec a nstat -az IcmpInDestUnreachs UdpNoPorts | tail -n +2
ip netns exec a sh -c 'timeout 4 nc -l -v -p 80 </dev/null'; echo "nc rc=$?"
rm -r /etc/netns/a
