# ip neigh: static entries, replace, change, nud states, flush, get, arp -an
ip netns add h; ip netns add p
ip link add eth0 netns h type veth peer name eth0 netns p
ip -n h addr add 192.168.9.1/24 dev eth0; ip -n p addr add 192.168.9.2/24 dev eth0
ip -n h link set eth0 up; ip -n p link set eth0 up
ip -n h neigh add 192.168.9.50 lladdr 02:11:22:33:44:55 dev eth0
ip -n h neigh add 192.168.9.50 lladdr 02:11:22:33:44:56 dev eth0; echo rc=$?
ip -n h neigh replace 192.168.9.50 lladdr 02:11:22:33:44:56 dev eth0 nud reachable
ip -n h neigh add 192.168.9.51 lladdr 02:aa:bb:cc:dd:ee dev eth0 nud noarp
ip -n h neigh change 192.168.9.52 lladdr 02:aa:bb:cc:dd:ef dev eth0; echo rc=$?
ip -n h neigh show | sort
ip netns exec h ping -c1 -W1 192.168.9.2 >/dev/null
ip -n h neigh show 192.168.9.2 | awk '{print $1, $NF}'
ip -n h neigh get 192.168.9.2 dev eth0 | awk '{print $1, $2, $3, $NF}'
ip -n h neigh get 192.168.9.99 dev eth0; echo rc=$?
ip -n h neigh show nud permanent
ip -n h neigh show nud noarp
ip netns exec h arp -an | sort
ip -n h neigh flush dev eth0
ip -n h neigh show | sort
ip -n h neigh flush all nud all; ip -n h neigh show | wc -l
ip -n h neigh del 192.168.9.77 dev eth0; echo rc=$?
ip -n h -s neigh add 192.168.9.60 lladdr 02:00:00:00:00:60 dev eth0 nud stale
ip -n h neigh show 192.168.9.60
