# Several addresses in one subnet: the first is primary, the others secondary;
# deleting the primary deletes the secondaries too (promote_secondaries=0).
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth0
ip addr add 10.0.0.3/24 dev veth0
ip addr add 10.0.1.1/24 dev veth0
ip addr add 192.168.5.5/16 dev veth0
ip -4 addr show dev veth0
ip -4 route show table all
ip addr del 10.0.0.2/24 dev veth0
ip -4 addr show dev veth0
ip addr del 10.0.0.1/24 dev veth0
ip -4 addr show dev veth0
ip -4 route show table all
cat /proc/sys/net/ipv4/conf/veth0/promote_secondaries
