# nc -l -v in a namespace whose gateway never answers ARP: getnameinfo's reverse lookup of 0.0.0.0
# goes to the nameserver; each try ends when ARP fails (host unreachable, IP_RECVERR), ~3 s apiece
ip netns add a; ip -n a link set lo up
ip -n a link add eth0 type veth peer name p
ip -n a link set eth0 up; ip -n a link set p up
ip -n a addr add 10.1.1.2/24 dev eth0
ip -n a route add default via 10.1.1.1
ip netns exec a sh -c 'timeout 8 nc -l -v -p 80 </dev/null'; echo "rc=$?"
ip -n a neigh
ip netns exec a nstat -az IcmpInDestUnreachs IcmpOutDestUnreachs | tail -n +2
ip netns exec a sh -c 'timeout 1 nc -n -l -v -p 80 </dev/null'; echo "rc=$?"
