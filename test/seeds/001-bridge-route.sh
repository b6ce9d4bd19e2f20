# Seed 001 (shared/seeds/001_3daec622e88fd7f2.txt), sections "Linux Bridge" and
# "Linux路由表": a bridge joining a namespace's veth and the host's NIC, a route to
# the namespace's subnet, and a ping from the namespace to the host's LAN address.
# The iptables part (MASQUERADE, DNAT) is left out.
#
# Stand-in: the sandbox has no physical NIC, so enp1s0 is one end of a veth pair
# (its peer stays down, like a NIC with no cable) carrying the host's LAN
# address 192.168.122.220/24, as the article's enp1s0 does.
ip link add enp1s0 type veth peer name enp1s0-peer
ip addr add 192.168.122.220/24 dev enp1s0
ip link set enp1s0 up

ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
brctl addbr br0
brctl addif br0 enp1s0
brctl addif br0 veth0
ip link set veth0 up
ip link set br0 up
ip netns exec ns1 ifconfig veth1 172.18.0.2/24 up
ip netns exec ns1 route add default dev veth1
route add -net 172.18.0.0/24 dev br0
ifconfig enp1s0
ip netns exec ns1 ping -c 1 192.168.122.220
