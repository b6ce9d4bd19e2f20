# Entries added by the user: master (permanent by default, static, replace),
# self (a device's own unicast/multicast lists), and deleting them.
ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
bridge fdb add 02:00:00:00:00:01 dev veth0 master static
bridge fdb add 02:00:00:00:00:02 dev veth0 master
bridge fdb add 02:00:00:00:00:03 dev veth0
bridge fdb add 33:33:00:00:00:0a dev veth0 self
bridge fdb add 01:00:5e:01:02:03 dev veth1
bridge fdb show
bridge fdb replace 02:00:00:00:00:01 dev veth0 master
bridge fdb replace 02:00:00:00:00:02 dev veth0 master static
bridge fdb show br br0
bridge fdb show state static
bridge fdb show state permanent dev veth0
bridge fdb del 02:00:00:00:00:01 dev veth0 master
bridge fdb delete 02:00:00:00:00:03 dev veth0
bridge fdb del 33:33:00:00:00:0a dev veth0 self
bridge fdb show dev veth0
bridge fdb add 02:00:00:00:00:07 dev br0 self
bridge fdb show dev br0
bridge fdb del 02:00:00:00:00:07 dev br0 self
bridge fdb show dev br0
