# bridge fdb tutorial: static/permanent/dynamic, master/self, show filters (br, brport, dev, state), replace moving an entry, get, -s, -j
ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link set veth0 master br0
ip link set veth2 master br0
ip link set br0 up; ip link set veth0 up; ip link set veth2 up
bridge fdb add 02:aa:00:00:00:01 dev veth0 master static
bridge fdb add 02:aa:00:00:00:02 dev veth0 master permanent
bridge fdb add 02:aa:00:00:00:03 dev veth2 master dynamic
bridge fdb add 02:aa:00:00:00:04 dev veth2 master local; echo rc=$?
bridge fdb add 02:aa:00:00:00:05 dev veth2 self; echo rc=$?
bridge fdb add 02:aa:00:00:00:06 dev veth2; echo rc=$?
bridge fdb show br br0 | grep 02:aa
echo ---
bridge fdb show brport veth2 | grep -v 33:33
echo ---
bridge fdb show dev veth0 | grep -v 33:33
echo ---
bridge fdb replace 02:aa:00:00:00:01 dev veth2 master static; echo rc=$?
bridge fdb show br br0 | grep 02:aa:00:00:00:01
bridge fdb replace 02:aa:00:00:00:07 dev veth2 master; echo rc=$?
bridge fdb show br br0 | grep 02:aa:00:00:00:07
bridge fdb get 02:aa:00:00:00:01 br br0; echo rc=$?
bridge fdb get 02:aa:00:00:00:99 br br0; echo rc=$?
bridge fdb get 02:aa:00:00:00:03 dev veth2 master; echo rc=$?
bridge -s fdb show br br0 | grep 02:aa:00:00:00:03 | sed 's/used [0-9]*\/[0-9]*/used X/'
bridge -j fdb show br br0 | head -c 300; echo
bridge fdb del 02:aa:00:00:00:01 dev veth2 master; echo rc=$?
bridge fdb del 02:aa:00:00:00:01 dev veth2 master; echo rc=$?
bridge fdb del 02:aa:00:00:00:02 dev veth2 master; echo rc=$?
bridge fdb show br br0 state permanent | grep 02:aa
bridge fdb show br br0 state static | grep 02:aa
bridge fdb show br br0 state dynamic | grep 02:aa
bridge fdb show br br0 state bogus; echo rc=$?
bridge fdb show vlan 5; echo rc=$?
