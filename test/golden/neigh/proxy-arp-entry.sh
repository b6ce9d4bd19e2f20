# a proxy entry makes a forwarding router answer ARP for that address (without proxy_arp)
ip netns add c
ip netns add r
ip netns add s
ip link add cr netns c type veth peer name rc netns r
ip link add rs netns r type veth peer name sr netns s
ip -n c addr add 10.0.0.1/24 dev cr
ip -n r addr add 10.0.1.254/24 dev rs
ip -n s addr add 10.0.1.5/24 dev sr
ip -n s addr add 10.0.0.5/32 dev sr
ip -n c link set cr up; ip -n r link set rc up; ip -n r link set rs up; ip -n s link set sr up
ip -n r route add 10.0.0.5/32 dev rs
ip -n r route add 10.0.0.1/32 dev rc
ip -n s route add default dev sr
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r sysctl -qw net.ipv4.conf.rs.proxy_arp=1
ip netns exec c ping -c1 -W1 10.0.0.5 >/dev/null; echo "no proxy entry: rc=$?"
ip -n c neigh show 10.0.0.5
ip -n r neigh add proxy 10.0.0.5 dev rc
ip -n c neigh flush all
ip netns exec c ping -c1 -W2 10.0.0.5 >/dev/null; echo "proxy entry: rc=$?"
ip -n c neigh show 10.0.0.5 | sed 's/lladdr [^ ]*/lladdr X/'
ip -n r neigh show proxy
ip netns exec r sysctl -qw net.ipv4.ip_forward=0
ip -n c neigh flush all
ip netns exec c ping -c1 -W1 10.0.0.5 >/dev/null; echo "no forwarding: rc=$?"
ip -n c neigh show 10.0.0.5
