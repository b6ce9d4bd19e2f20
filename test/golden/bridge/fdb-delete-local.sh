# fdb_delete_local(): a leaving port's own-address entry passes quietly to the bridge when the bridge has
# that address (br_fdb_change_mac_address then deletes it naming the bridge), or to another port with the
# same address; br_fdb_changeaddr() on a port's new MAC notifies the old entry's deletion.
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 address 02:00:00:00:00:aa
ip link set br0 address 02:00:00:00:00:bb
ip link add br1 type bridge
ip link set v0 master br1
ip -br link show br1
bridge fdb show br br1
ip link set v0 nomaster
ip -br link show br1
bridge fdb show br br1
ip link set v0 master br0
ip -br link show br0
bridge fdb show br br0
ip link set v0 nomaster
ip -br link show br0
bridge fdb show br br0
timeout 1 bridge monitor fdb > mon.txt & m=$!
sleep 0.2
ip link set v0 master br1
ip link del v0
wait $m
cat mon.txt
ip -br link show br1
# A port's address change and two ports with one address.
ip link add br2 type bridge
ip link add a0 type veth peer name a1
ip link add b0 type veth peer name b1
ip link set a0 address 02:00:00:00:00:01
ip link set b0 address 02:00:00:00:00:01
ip link set a0 master br2
ip link set b0 master br2
bridge fdb show br br2 | grep -v 33:33
timeout 1 bridge monitor fdb > mon2.txt & m=$!
sleep 0.2
ip link set a0 nomaster
bridge fdb show br br2 | grep -v 33:33
ip link set b0 address 02:00:00:00:00:02
bridge fdb show br br2 | grep -v 33:33
ip -br link show br2
ip link set b0 address 02:00:00:00:00:03
wait $m
cat mon2.txt
bridge fdb show br br2 | grep -v 33:33
ip -br link show br2
