# A namespace behind a router with no route to its nameserver (/etc/netns/NAME/resolv.conf): glibc's resolver
# sets IP_RECVERR, so the router's "net unreachable" (or one still queued) ends a try at once
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
ip netns exec a timeout 15 tcpdump -nn -i eth0 -c 12 port 53 or icmp 2>/dev/null | sed 's/^[0-9:.]* //; s/ [0-9]*+ A/ N+ A/; s/\.[0-9]* > 192/.P > 192/' > /tmp/td &
sleep 0.5
s=$SECONDS; ip netns exec a ping -c1 nosuch.example; echo "rc=$? after $((SECONDS - s))s"
s=$SECONDS; ip netns exec a getent ahosts nosuch.example; echo "rc=$? after $((SECONDS - s))s"
ip netns exec r nstat -az IcmpOutDestUnreachs IcmpMsgOutType3 | tail -n +2
ip netns exec a nstat -az IcmpInDestUnreachs | tail -n +2
ip netns exec a ping -c1 -W1 10.9.0.1 >/dev/null
ip netns exec a sh -c 'timeout 6 nc -l -v -p 80 </dev/null'; echo "nc rc=$?"
sleep 1; kill %1 2>/dev/null; wait
cat /tmp/td
rm -r /etc/netns/a
