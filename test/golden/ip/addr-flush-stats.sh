# ip addr: secondaries, promote_secondaries, noprefixroute; ip -s / -s -s addr flush rounds.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip addr add 10.0.0.2/24 dev v0
ip addr add 10.0.0.3/24 dev v0
ip addr add 10.1.0.1/16 dev v0 noprefixroute
ip -4 addr show v0
ip route
ip addr del 10.0.0.1/24 dev v0
ip -4 addr show v0
sysctl -w net.ipv4.conf.v0.promote_secondaries=1
ip addr add 10.0.0.1/24 dev v0
ip addr del 10.0.0.2/24 dev v0
ip -4 addr show v0
ip route
ip -s -s addr flush dev v0 to 10.0.0.0/24
ip -s addr flush dev v0
ip -s addr flush dev v0; echo rc=$?
ip addr flush; echo rc=$?
ip addr flush dev nosuch; echo rc=$?
