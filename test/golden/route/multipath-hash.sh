# Which nexthop a flow takes (fib_multipath_hash with a fixed seed): policy 0
# (addresses) and 1 (protocol and ports), weights, a source that prefers its
# own nexthop, oif, input routes (iif), linkdown kept unless
# ignore_routes_with_linkdown, and a dead nexthop's share going to the others.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link add veth4 type veth peer name veth5
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth2
ip addr add 10.0.2.1/24 dev veth4
for d in veth0 veth1 veth2 veth3 veth4 veth5; do ip link set $d up; done
sleep 0.2
sysctl -w net.ipv4.fib_multipath_hash_seed=1234
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 dev veth0 nexthop via 10.0.1.2 dev veth2
ip route add 172.16.0.0/12 nexthop via 10.0.0.2 weight 1 nexthop via 10.0.1.2 weight 3 nexthop via 10.0.2.2 weight 2
g() { for i in 1 2 3 4 5 6 7 8 9 10 11 12; do ip route get $1.$i.$((i*7)) $2 $3 $4 $5 | head -1; done; }
g 192.168
g 172.16
g 192.168 from 10.0.0.1
g 192.168 from 10.0.1.1
g 172.16 oif veth4
sysctl -w net.ipv4.ip_forward=1
for i in 1 2 3 4 5 6; do ip route get 172.16.9.$i from 10.0.2.7 iif veth4 | head -1; done
sysctl -w net.ipv4.fib_multipath_hash_policy=1
for i in 1 2 3 4 5 6 7 8; do ip route get 192.168.1.1 ipproto tcp sport $((1000+i)) dport 80 | head -1; done
for i in 1 2 3 4 5 6 7 8; do ip route get 172.16.1.$i ipproto udp sport 53 dport $((2000+i*13)) | head -1; done
for i in 1 2 3 4 5 6; do ip route get 172.16.9.$i from 10.0.2.7 iif veth4 ipproto tcp sport 40000 dport $((80+i)) | head -1; done
sysctl -w net.ipv4.fib_multipath_hash_policy=0
ip link set veth3 down
sleep 0.2
g 172.16
sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=1
ip link set veth3 up
sleep 0.2
ip link set veth3 down
sleep 0.2
g 172.16
ip link set veth4 down
g 172.16
sysctl -w net.ipv4.fib_multipath_hash_seed=99
g 172.16
