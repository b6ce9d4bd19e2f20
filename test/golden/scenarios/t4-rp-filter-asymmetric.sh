# rp_filter drops an asymmetric flow: strict mode, loose mode, and the counter that shows it
ip netns add h; ip netns add r
ip link add p1 netns h type veth peer name q1 netns r
ip link add p2 netns h type veth peer name q2 netns r
ip -n h addr add 10.0.1.2/24 dev p1; ip -n r addr add 10.0.1.1/24 dev q1
ip -n h addr add 10.0.2.2/24 dev p2; ip -n r addr add 10.0.2.1/24 dev q2
ip -n h addr add 192.168.99.1/32 dev lo
for l in p1 p2 lo; do ip -n h link set $l up; done
for l in q1 q2 lo; do ip -n r link set $l up; done
# r reaches 192.168.99.1 via q1, but h sends from that address out of p2
ip -n r route add 192.168.99.1/32 via 10.0.1.2
ip -n h route add 10.0.99.0/24 via 10.0.2.1
ip -n r addr add 10.0.99.1/24 dev lo
show() { printf 'rp_filter all=%s q2=%s: ' $(ip netns exec r sysctl -n net.ipv4.conf.all.rp_filter net.ipv4.conf.q2.rp_filter); ip netns exec h ping -c 1 -W 1 -I 192.168.99.1 10.0.99.1 >/dev/null 2>&1 && echo reply || echo dropped; }
ip netns exec r sysctl -w net.ipv4.conf.q2.rp_filter=1
show
ip netns exec r nstat -az TcpExtIPReversePathFilter | awk 'NR>1{print $1,$2}'
ip netns exec r sysctl -w net.ipv4.conf.q2.rp_filter=2
show
ip netns exec r sysctl -w net.ipv4.conf.q2.rp_filter=0
ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=1
show
ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=0
show
ip netns exec r nstat -az TcpExtIPReversePathFilter | awk 'NR>1{print $1,$2}'
ip -n r route get 10.0.99.1 from 192.168.99.1 iif q2 2>&1
ip netns exec r sysctl -w net.ipv4.conf.q2.rp_filter=1 >/dev/null
ip -n r route get 10.0.99.1 from 192.168.99.1 iif q2 2>&1
