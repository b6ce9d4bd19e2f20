# IPv6 needs an MTU of at least 1280: below it a device has no inet6 state,
# and raising the MTU brings it back.
ip link add veth0 type veth peer name veth1 mtu 1000
ip link set veth0 mtu 1000
ip link set veth0 up
ip link set veth1 up
sleep 2.5
ip -6 addr show dev veth0
grep -c veth0 /proc/net/igmp6
ip link set veth0 mtu 1500
sleep 2.5
ip -6 addr show dev veth0
