# Gateway validation: unreachable or local gateways, bad devices and prefixes,
# onlink without a device; a route on a carrier-less device is linkdown.
ip link add v0 type veth peer name v1
ip addr add 10.0.0.1/24 dev v0
ip route add 10.5.0.0/16 via 10.1.1.1
echo "s $?"
ip route add 10.5.0.0/16 via 10.0.0.2
echo "s $?"
ip link set v0 up
ip route add 10.5.0.0/16 via 10.1.1.1 dev v0
echo "s $?"
ip route add 10.5.0.0/16 via 10.0.0.1
echo "s $?"
ip route add 10.6.0.0/16 via 127.0.0.1
echo "s $?"
ip route add 10.6.0.0/16 via 10.0.0.255 dev v0
echo "s $?"
ip route add 10.6.0.0/16 via 224.0.0.1 dev v0
echo "s $?"
ip route add 10.7.0.0/16 dev nope
echo "s $?"
ip route add 10.7.0.0/33 dev v0
echo "s $?"
ip route add 10.7.0.0/16 via 10.0.0.2 dev v0 src 10.9.9.9
echo "s $?"
ip route add 10.8.0.0/16 via 10.0.0.2 onlink
echo "s $?"
ip route del 10.9.0.0/16
echo "s $?"
ip route
