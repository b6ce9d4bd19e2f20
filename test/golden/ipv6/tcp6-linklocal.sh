# TCP to a link-local address: the scope (%va) picks the device, nc and
# ss show the zone; without one connect() is EINVAL; an unknown zone fails
# in getaddrinfo.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va address 02:00:00:00:00:0a
ip -n b link set vb address 02:00:00:00:00:0b
ip -n a link set va up
ip -n b link set vb up
sleep 3
ip netns exec b timeout 2 nc -6 -v -n -l -p 8080 &
sleep 0.3
(echo ll; sleep 0.5) | ip netns exec a nc -6 -N -p 40006 fe80::ff:fe00:b%va 8080 &
sleep 0.2
ip netns exec b ss -tn
ip netns exec a ss -tn
wait
ip netns exec a nc -6 -z -v fe80::ff:fe00:b 8080; echo rc=$?
ip netns exec a nc -6 -z -v fe80::ff:fe00:b%nosuch 8080; echo rc=$?
ip netns del a
ip netns del b
