# The forwarding database of a bridge before anything is up: the bridge's own
# random address until a port's address takes over, ports' local entries,
# and every device's multicast list (33:33:00:00:00:01 from IPv6's ff02::1).
ip link add br0 type bridge
bridge fdb show
bridge fdb show br br0
ip link add veth0 type veth peer name veth1
bridge fdb show
ip link set veth0 master br0
bridge fdb show
bridge fdb show br br0
bridge fdb show dev veth0
bridge fdb show brport veth0
bridge fdb
bridge fdb list dev veth1
ip link set veth0 nomaster
bridge fdb show br br0
