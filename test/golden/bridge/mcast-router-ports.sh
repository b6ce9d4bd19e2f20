# mcast_router port flag (bridge link, ip link type bridge_slave, sysfs) and the
# router ports bridge -d mdb show lists (-s timers, -j), the bridge's own
# mcast_router 0 hiding them, permanent ones leaving on port disable.
# IPv6 off: its MLD reports would fill the MDB in a random order.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link add v1 type veth peer name v1p
ip link add v2 type veth peer name v2p
ip link set v1 master br0; ip link set v2 master br0
ip link set br0 up; ip link set v1 up; ip link set v2 up; ip link set v1p up; ip link set v2p up
sleep 0.2
bridge mdb add dev br0 port v2 grp 239.1.1.1 permanent
bridge link set dev v1 mcast_router 2
bridge -d link show dev v1
bridge -d mdb show
bridge mdb show
ip -d link show v1 | grep -o 'multicast_router [0-9]'
bridge link set dev v2 mcast_router 3
bridge link set dev v2 mcast_router 0
bridge -d link show dev v2 | grep -o 'mcast_router [0-9]'
bridge link set dev v2 mcast_router 4; echo "status $?"
ip link set v1 type bridge_slave mcast_router 1
ip -d link show v1 | grep -o 'multicast_router [0-9]'
cat /sys/class/net/v1/brport/multicast_router
echo 2 > /sys/class/net/v2/brport/multicast_router
bridge -d mdb show
ip link set br0 type bridge mcast_router 2
bridge -d mdb show
ip -d link show br0 | grep -o 'mcast_router [0-9]'
bridge link set dev v1 mcast_router 2
bridge -d -s mdb show | grep router
bridge -d -j mdb show
ip link set v2p down
sleep 0.1
bridge -d mdb show | grep router
ip link set v2p up
sleep 0.1
bridge -d mdb show | grep router
ip link set br0 type bridge mcast_router 0
bridge -d mdb show | grep router
ip link set br0 type bridge mcast_router 1
bridge link set dev v2 mcast_router 3
# The temp router's timer: 255 s less the milliseconds the kernel's commands took.
bridge -d -s mdb show | grep router | sed 's/ 25[45]\.[0-9][0-9] / 255.00 /'
bridge -d mdb show dev br0 | grep router
ip link set v1p down
sleep 0.1
echo B; bridge -d mdb show | grep router
ip link set v2p up
sleep 0.1
echo C; bridge -d mdb show | grep router
ip link set v1p up
sleep 0.1
echo D; bridge -d mdb show | grep router
bridge link show
