# routed VXLAN PMTU: the underlay route's mtu is smaller than the vxlan allows
ip netns add h1; ip netns add h2
for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add e1 netns h1 type veth peer name e2 netns h2
ip -n h1 addr add 192.168.0.1/24 dev e1; ip -n h2 addr add 192.168.0.2/24 dev e2
ip -n h1 link set e1 up; ip -n h2 link set e2 up
ip -n h1 link add vx0 type vxlan id 1 remote 192.168.0.2 local 192.168.0.1 dev e1 dstport 4789
ip -n h2 link add vx0 type vxlan id 1 remote 192.168.0.1 local 192.168.0.2 dev e2 dstport 4789
ip -n h1 addr add 10.9.0.1/24 dev vx0; ip -n h2 addr add 10.9.0.2/24 dev vx0
ip -n h1 link set vx0 up; ip -n h2 link set vx0 up
ip -n h1 route replace 192.168.0.2 dev e1 mtu 1400
ip -n h1 route get 192.168.0.2
ip netns exec h1 ping -c 1 -W 1 10.9.0.2 | grep -E 'transmitted'
ip netns exec h1 ping -c 2 -i 0.3 -W 1 -M do -s 1422 10.9.0.2 2>&1 | grep -vE '^(PING|rtt|$)'
ip -n h1 route get 10.9.0.2
ip netns exec h1 ping -c 1 -W 1 -M do -s 1322 10.9.0.2 | grep transmitted
ip netns exec h1 ping -c 1 -W 1 -s 1422 10.9.0.2 | grep transmitted
ip -n h1 -s link show vx0 | tail -4
ip netns exec h1 nstat -az IpFragCreates IpFragOKs IpExtOutOctets 2>/dev/null | tail -n +2
ip -n h1 route show cache
ip netns exec h2 ping -c 1 -W 1 -M do -s 1422 10.9.0.1 | grep transmitted
