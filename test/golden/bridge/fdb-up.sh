# After bring-up: IPv4 all-hosts (01:00:5e:00:00:01), IPv6 solicited-node
# groups, the bridge's snooping groups (224.0.0.106, ff02::6a), and the peer's
# address learned from its MLD reports on the port.
ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
ip link set br0 up
ip link set veth0 up
ip link set veth1 up
sleep 3
bridge fdb show
bridge fdb show br br0 dynamic
bridge -s fdb show dev veth0
ip link set br0 down
bridge fdb show dev br0
