# brctl showmacs leaves out the bridge's own address set with ip link set BR address (an FDB entry with no port).
brctl addbr br1
ip link set br1 address 02:00:00:00:00:02
ip link add b1 address 02:00:00:00:0b:01 type veth peer name a1
brctl addif br1 b1
brctl showmacs br1
bridge fdb show br br1 | grep -v 33:33
ip link add br2 type bridge
ip link add b2 address 02:00:00:00:0b:02 type veth peer name a2
ip link set b2 master br2
ip link set br2 address 02:00:00:00:00:09
brctl showmacs br2
bridge fdb show br br2 | grep -v 33:33
