# AWS VPC CNI style: pods on a secondary "ENI" get replies routed out the same ENI via per-ENI tables and rules
ip netns add node; ip netns add vpc; ip netns add pod
ip link add eth0 netns node type veth peer name n0 netns vpc
ip link add eth1 netns node type veth peer name n1 netns vpc
ip -n vpc link add br0 type bridge; ip -n vpc link set br0 up
ip -n vpc link set n0 master br0 up; ip -n vpc link set n1 master br0 up
ip -n vpc addr add 192.168.0.1/24 dev br0
ip -n node addr add 192.168.0.10/24 dev eth0; ip -n node link set eth0 up
ip -n node addr add 192.168.0.20/24 dev eth1; ip -n node link set eth1 up
ip -n node link set lo up
ip netns exec node sysctl -qw net.ipv4.ip_forward=1 net.ipv4.conf.all.rp_filter=2
ip -n node route add default via 192.168.0.1 dev eth0
ip -n node link add enia1b2c3 type veth peer name eth0 netns pod
ip -n node link set enia1b2c3 up
ip -n pod addr add 192.168.0.55/32 dev eth0; ip -n pod link set eth0 up
ip -n pod route add 169.254.1.1 dev eth0 scope link
ip -n pod route add default via 169.254.1.1 dev eth0
ip -n pod neigh add 169.254.1.1 lladdr $(ip -n node -br link show enia1b2c3 | awk '{print $3}') dev eth0 nud permanent
ip -n node route add 192.168.0.55 dev enia1b2c3 scope link
ip -n node route add default via 192.168.0.1 dev eth1 table 2
ip -n node route add 192.168.0.1 dev eth1 scope link table 2
ip -n node rule add from 192.168.0.55 lookup 2 pref 1536
ip -n node rule add to 192.168.0.55 lookup main pref 512
ip -n node rule show
ip -n node route show table 2
ip -n node route get 192.168.0.1 from 192.168.0.55 iif enia1b2c3
ip -n node route get 8.8.8.8 from 192.168.0.55 iif enia1b2c3
ip -n node route get 8.8.8.8
ip netns exec pod ping -c1 -W2 192.168.0.1 | grep -o 'ttl=[0-9]*'
ip -n vpc neigh show dev br0 | awk '{print $1}' | sort
ip -n node route show table all | grep -c 'table 2'
