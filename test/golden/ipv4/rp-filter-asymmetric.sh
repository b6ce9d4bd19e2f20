# rp_filter strict vs loose with asymmetric routing: h sends from its a0 address out of b0. Strict mode
# drops even the ARP request (arp_solicit announces the packet's source), so nothing is counted until the
# neighbour is known; ip route get iif answers EINVAL for an rp_filter drop (6.13+ drop reasons).
for n in h r s; do ip netns add $n; ip -n $n link set lo up; done
ip link add a0 netns h type veth peer name a0 netns r
ip link add b0 netns h type veth peer name b0 netns r
ip link add eth0 netns s type veth peer name s0 netns r
ip -n h addr add 10.0.1.2/24 dev a0; ip -n h addr add 10.0.2.2/24 dev b0
ip -n r addr add 10.0.1.1/24 dev a0; ip -n r addr add 10.0.2.1/24 dev b0
ip -n r addr add 10.0.9.1/24 dev s0; ip -n s addr add 10.0.9.2/24 dev eth0
for d in a0 b0; do ip -n h link set $d up; ip -n r link set $d up; done
ip -n r link set s0 up; ip -n s link set eth0 up
ip -n s route add default via 10.0.9.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip -n h route add 10.0.9.0/24 dev b0 src 10.0.1.2 via 10.0.2.1
ip netns exec r sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.b0.rp_filter net.ipv4.conf.default.rp_filter
ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=1
ip netns exec h ping -c 2 -i 0.2 -W 1 10.0.9.2 | tail -2 | head -1
ip netns exec r nstat -az IPReversePathFilter TcpExtIPReversePathFilter
ip -n r route get 10.0.9.2 from 10.0.1.2 iif b0
ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=2
ip netns exec h ping -c 2 -i 0.2 -W 1 10.0.9.2 | tail -2 | head -1
ip -n r route get 10.0.9.2 from 10.0.1.2 iif b0
ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.b0.rp_filter=1
ip netns exec h ping -c 1 -W 1 10.0.9.2 | tail -2 | head -1
ip -n r route get 10.0.9.2 from 10.0.77.5 iif b0
ip netns exec r sysctl -w net.ipv4.conf.b0.rp_filter=2
ip -n r route get 10.0.9.2 from 10.0.77.5 iif b0
ip netns exec r sysctl -w net.ipv4.conf.b0.log_martians=1
ip netns exec r nstat -az TcpExtIPReversePathFilter IpInNoRoutes
ip -n r -s link show b0 | head -4
ip netns exec r netstat -s | grep -i -E 'reverse|martian|forwarded'
