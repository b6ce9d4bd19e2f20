# RFC 5549: a router joins two IPv4 hosts over an IPv6-only core link.
for n in h1 r1 r2 h2; do ip netns add $n; ip -n $n link set lo up; done
ip link add e0 netns h1 type veth peer name e1 netns r1
ip link add c1 netns r1 type veth peer name c2 netns r2
ip link add e2 netns r2 type veth peer name e3 netns h2
ip -n h1 link set e0 up; ip -n r1 link set e1 up; ip -n r1 link set c1 up
ip -n r2 link set c2 up; ip -n r2 link set e2 up; ip -n h2 link set e3 up
ip -n h1 addr add 192.168.1.10/24 dev e0; ip -n h1 route add default via 192.168.1.1
ip -n h2 addr add 192.168.2.10/24 dev e3; ip -n h2 route add default via 192.168.2.1
ip -n r1 addr add 192.168.1.1/24 dev e1; ip -n r2 addr add 192.168.2.1/24 dev e2
ip netns exec r1 sysctl -qw net.ipv4.ip_forward=1
ip netns exec r2 sysctl -qw net.ipv4.ip_forward=1
sleep 3
R2LL=$(ip -n r2 -6 addr show dev c2 scope link | awk '/inet6/ {split($2,a,"/"); print a[1]}')
R1LL=$(ip -n r1 -6 addr show dev c1 scope link | awk '/inet6/ {split($2,a,"/"); print a[1]}')
ip -n r1 route add 192.168.2.0/24 via inet6 $R2LL dev c1
ip -n r2 route add 192.168.1.0/24 via inet6 $R1LL dev c2
ip -n r1 route show | sed "s/$R2LL/R2LL/"
ip -n r1 route get 192.168.2.10 | sed "s/$R2LL/R2LL/"
ip -n r1 route get 192.168.2.10 from 192.168.1.10 iif e1 | sed "s/$R2LL/R2LL/"
ip netns exec h1 ping -c 3 -i 0.3 192.168.2.10 | sed 's/time=.*//'
ip -n r1 -6 neigh show dev c1 | sed "s/$R2LL/R2LL/" | cut -d' ' -f1,2,3,5
ip -n r1 neigh show dev c1
ip -n r1 route del 192.168.2.0/24 via inet6 fe80::99 dev c1; echo rc=$?
ip -n r1 route del 192.168.2.0/24 via inet6 $R2LL dev c1; echo rc=$?
ip -n r1 route add 192.168.2.0/24 via inet6 fe80::99 dev c1
ip netns exec h1 ping -c 1 -W 5 192.168.2.10 | sed 's/time=.*//'
ip -n r1 -6 neigh show dev c1 | grep fe80::99
ip -n r1 route add 10.9.0.0/16 via inet6 2001:db8::1 dev c1; echo rc=$?
ip -n r1 route add 10.9.0.0/16 via inet6 ff02::1 dev c1; echo rc=$?
ip -n r1 route add 10.9.0.0/16 via inet6 fe80::1 dev lo; echo rc=$?
ip -n r1 route add 10.9.0.0/16 via inet6 zz::1 dev c1; echo rc=$?
ip -n r1 route add blackhole 10.9.0.0/16 via inet6 fe80::1; echo rc=$?
ip -n r1 route add 10.9.0.0/16 via inet6 fe80::1 dev c1 scope link; echo rc=$?
for n in h1 r1 r2 h2; do ip netns del $n; done
