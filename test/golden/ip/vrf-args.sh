# vrf NAME arguments without any VRF device, and ip vrf.
ip link add v0 type veth peer name v1
ip link set v0 up
ip addr add 10.0.0.1/24 dev v0
ip route get 10.0.0.5 vrf foo; echo rc=$?
ip route get 10.0.0.5 vrf v0; echo rc=$?
ip route get 10.0.0.5 vrf default; echo rc=$?
ip route show vrf foo; echo rc=$?
ip route show vrf default; echo rc=$?
ip route show vrf v0; echo rc=$?
ip route add 10.5.0.0/16 dev v0 vrf default; echo rc=$?
ip route add 10.6.0.0/16 dev v0 vrf v0; echo rc=$?
ip route
ip route del 10.5.0.0/16 vrf default; echo rc=$?
ip addr show vrf foo; echo rc=$?
ip addr show vrf v0; echo rc=$?
ip link show vrf foo; echo rc=$?
ip link set v0 vrf foo; echo rc=$?
ip neigh show vrf foo; echo rc=$?
ip neigh show vrf v0; echo rc=$?
ip nexthop show vrf foo; echo rc=$?
ip -6 route show vrf default; echo rc=$?
ip -6 route add 2001:db8::/64 dev v0 vrf foo; echo rc=$?
ip vrf; echo rc=$?
ip vrf show; echo rc=$?
ip vrf show foo; echo rc=$?
ip vrf exec foo true; echo rc=$?
ip vrf identify; echo rc=$?
