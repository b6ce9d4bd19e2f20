# without VLAN filtering a VLAN id names no configured VLAN: EINVAL
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
bridge fdb add 02:00:00:00:00:aa dev v0 master static vlan 10
echo $?
bridge fdb replace 02:00:00:00:00:aa dev v0 master static vlan 10
bridge fdb add 02:00:00:00:00:aa dev br0 self static vlan 10
bridge fdb add 02:00:00:00:00:aa dev v0 master static vlan 0
bridge fdb add 02:00:00:00:00:aa dev v0 master static vlan 4095
bridge fdb add 02:00:00:00:00:aa dev v0 master static vlan 70000
bridge fdb add 02:00:00:00:00:aa dev v0 master static vlan -3
bridge fdb add 02:00:00:00:00:bb dev v1 self permanent vlan 5
bridge fdb add 02:00:00:00:00:bb dev v1 self permanent vlan 0
bridge fdb show dev v0 | grep 02:00:00
bridge fdb del 02:00:00:00:00:aa dev v0 master vlan 10
bridge fdb del 02:00:00:00:00:aa dev v0 master vlan 0
bridge fdb del 02:00:00:00:00:aa dev v0 master
bridge fdb show dev v0 | grep 02:00:00
echo done
