# Deleting a bridge (ip link del, brctl delbr) releases its ports first
# (br_dev_delete -> del_nbp): they keep running, with no master, and can join
# another bridge.
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link add v2 type veth peer name v3
ip link set v0 master br0
ip link set v2 master br0
ip link set v0 up
ip link del br0
ip link show v0
ip link show v2
bridge link; echo "bridge link: $?"
ip -d link show v0 | grep -c bridge_slave
ip link add br1 type bridge
ip link set v0 master br1
brctl show
brctl delbr br1
ip link show master br1; echo "rc=$?"
ip -br link show v0
brctl addbr br2
brctl addif br2 v2
brctl delbr br2
brctl show
ip -o link show v2
