# docker network create -d macvlan equivalent: parent eth0, two containers, host shim to reach them
ip netns add lan; ip link set lo up
ip link add eth0 type veth peer name lan0 netns lan
ip link set eth0 up
ip -n lan link set lan0 up; ip -n lan addr add 192.168.1.1/24 dev lan0
ip addr add 192.168.1.10/24 dev eth0
for c in 1 2; do
  ip netns add mv$c
  ip link add mv$c-eth0 link eth0 type macvlan mode bridge
  ip link set mv$c-eth0 netns mv$c
  ip -n mv$c link set mv$c-eth0 name eth0
  ip -n mv$c addr add 192.168.1.10$c/24 dev eth0
  ip -n mv$c link set eth0 up
  ip -n mv$c route add default via 192.168.1.1
done
ip -n mv1 -d link show eth0 | grep -o 'macvlan mode [a-z]*'
ip netns exec mv1 ping -c 1 -W 1 192.168.1.102 | grep -c 'bytes from'
ip netns exec mv1 ping -c 1 -W 1 192.168.1.1 | grep -c 'bytes from'
ip netns exec mv1 ping -c 1 -W 1 192.168.1.10 | grep -c 'bytes from'; echo "host unreachable from macvlan (expected)"
ip link add mv-shim link eth0 type macvlan mode bridge
ip addr add 192.168.1.200/32 dev mv-shim
ip link set mv-shim up
ip route add 192.168.1.100/30 dev mv-shim
ip route get 192.168.1.101
ping -c 1 -W 1 192.168.1.101 | grep -c 'bytes from'
ip -n lan neigh show | sort | awk '{print $1, $3, $NF}'
ip -br link show type macvlan
