# fdb flush vlan ranges, master/self on a port; a vxlan device's fdb get (first remote) and flush (default entries too, state masks)
ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
bridge fdb flush dev br0 vlan 0; echo rc=$?
bridge fdb flush dev br0 vlan 4095; echo rc=$?
bridge fdb flush dev br0 vlan -1; echo rc=$?
bridge fdb flush dev br0 master; echo rc=$?
bridge fdb flush dev veth0 master self; echo rc=$?
ip link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.1
bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.2
bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.3
bridge fdb add 02:bb:00:00:00:01 dev vx0 dst 10.0.0.4
bridge fdb get 02:bb:00:00:00:01 dev vx0 self; echo rc=$?
bridge fdb get 00:00:00:00:00:00 dev vx0 self; echo rc=$?
bridge fdb get 02:bb:00:00:00:09 dev vx0 self; echo rc=$?
bridge fdb get 02:bb:00:00:00:01 dev vx0; echo rc=$?
bridge fdb show dev vx0
bridge fdb flush dev vx0; echo rc=$?
bridge fdb show dev vx0
bridge fdb add 02:bb:00:00:00:02 dev vx0 dst 10.0.0.5 static
bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.2
bridge fdb flush dev vx0 static; echo rc=$?
bridge fdb show dev vx0
bridge fdb flush dev vx0 added_by_user; echo rc=$?
bridge fdb flush dev vx0 nopermanent; echo rc=$?
bridge fdb show dev vx0
