# ip -6 route get for local, connected and link-local destinations, and
# routes added without a gateway or to a device that is down.
ip link set lo up
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip -6 addr add 2001:db8::1/64 dev veth0 nodad
ip -6 route get ::1
ip -6 route get 2001:db8::1
ip -6 route get 2001:db8::7
ip -6 route get fe80::1 dev veth0
ip -6 route add 2001:db8:a::/64 dev veth1
ip -6 route add 2001:db8:b::/64 dev veth0 metric 10
ip -6 route
ip -6 route get 2001:db8:a::1
ip -6 route del 2001:db8:a::/64 dev veth1
ip -6 route del 2001:db8:b::/64
ip -6 route show dev veth0
