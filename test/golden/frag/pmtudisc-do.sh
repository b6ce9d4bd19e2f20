# -M do: a datagram over the MTU is refused by sendmsg (EMSGSIZE, with a local
# error on the error queue that ping prints and counts); one that fits goes.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip addr add 10.9.0.1/24 dev v0
ip -n a addr add 10.9.0.2/24 dev v1
ip link set v0 up
ip -n a link set v1 up
ping -c 2 -i 0.2 -M do -s 2000 10.9.0.2; echo "rc=$?"
ping -c 1 -M do -s 1473 10.9.0.2; echo "rc=$?"
ping -c 1 -M do -s 1472 -q 10.9.0.2 | grep trans; echo "rc=$?"
ping -c 1 -M probe -s 1473 10.9.0.2; echo "rc=$?"
ip link set v0 mtu 1000
ping -c 1 -M do -s 1000 10.9.0.2; echo "rc=$?"
ip link set v0 mtu 68
ping -c 1 -s 100 -M do -W 1 10.9.0.2; echo "rc=$?"
