ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip addr add 10.50.0.1/24 dev veth0
ip link set veth0 up; ip link set veth1 up; ip link set lo up
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip -c link show veth0
ip -c addr show dev veth0
ip -c -br addr
ip -c -br link
ip -c route
ip -c neigh
ip -color=always -4 addr show lo
ip -c=never link show lo
ip -c=auto link show lo
ip -c -j link show lo
ip -c -o addr show dev veth0
ip neigh add 10.50.0.9 lladdr 02:00:00:00:00:09 dev veth0
ip -c neigh
ip -c neigh show dev veth0
ip route add 10.60.0.0/16 via 10.50.0.9
ip route add default via 10.50.0.9 dev veth0 metric 5
ip -c route
ip -c route get 10.60.0.1
ip -c route get 10.60.0.1 from 10.50.0.1
ip -c addr add 10.50.0.7/24 brd + dev veth0
ip -c addr show dev veth0
ip link set veth1 down
ip -c -br link
ip -c link show veth1
ip -c route show table local
