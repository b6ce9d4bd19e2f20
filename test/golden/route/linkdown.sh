# linkdown while the carrier is off, dead when the device is down (routes
# via a gateway on a carrier-less device are kept).
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip route add 192.168.1.0/24 via 10.0.0.254
ip route add 192.168.2.0/24 dev veth0
ip route
ip route get 192.168.1.1
ip link set veth1 up
# NETDEV_CHANGE (which sets or clears linkdown) comes from linkwatch's
# workqueue: give it time so a loaded machine shows the same as an idle one.
sleep 0.2
ip route
ip link set veth1 down
sleep 0.2
ip route
ip link set veth0 down
ip route
ip link set veth0 up
ip route
