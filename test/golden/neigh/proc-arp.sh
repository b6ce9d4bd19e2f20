# /proc/net/arp
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
cat /proc/net/arp
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev veth0
ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev veth0 nud reachable
cat /proc/net/arp
