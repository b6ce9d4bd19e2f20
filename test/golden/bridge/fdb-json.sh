# bridge -j / -p / -s fdb: the same entries as JSON, with used/updated seconds.
ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
bridge fdb add 02:00:00:00:00:02 dev veth0 master static
bridge -j fdb show
echo
bridge -j -p fdb show br br0
echo
bridge -s fdb show br br0
bridge -j -s fdb show dev veth0
echo
bridge -j fdb show dev nope; echo "status $?"
