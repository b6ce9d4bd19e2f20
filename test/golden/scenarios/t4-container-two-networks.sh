# docker network connect by hand: one container on two bridges, two interfaces, routes per subnet, reach both sides
set -e
for n in 1 2; do
  ip link add br$n type bridge; ip addr add 172.2$n.0.1/16 dev br$n; ip link set br$n up
done
ip netns add multi; ip netns add only1; ip netns add only2
attach() { # ns bridge ifname addr
  ip link add "v-$1-$2" type veth peer name "$3" netns "$1"
  ip link set "v-$1-$2" master "$2" up
  ip -n "$1" addr add "$4" dev "$3"; ip -n "$1" link set "$3" up
}
attach multi br1 eth0 172.21.0.2/16
attach multi br2 eth1 172.22.0.2/16
attach only1 br1 eth0 172.21.0.3/16
attach only2 br2 eth0 172.22.0.3/16
ip -n multi route add default via 172.21.0.1
ip -n multi route show
ip -n multi -br addr show | awk '{print $1,$3}'
for t in 172.21.0.3 172.22.0.3; do printf '%s: ' $t; ip netns exec multi ping -c 1 -W 1 $t | grep -o '1 received'; done
set +e
ip netns exec only1 ping -c 1 -W 1 172.22.0.3 >/dev/null 2>&1; echo "only1->only2 rc=$?"
ip -n multi route get 172.22.0.3 | head -1 | sed 's/ *$//'
ip -n multi route get 8.8.8.8 | head -1 | sed 's/ *$//'
bridge link show | awk '{print $2, $(NF-2), $(NF-1)}' | sort
