# brforward: the bridge's fdb as packed __fdb_entry records (brctl showmacs read this file before netlink)
ip netns add a
ip netns exec a ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip netns exec a ip link add br0 address 02:00:00:00:00:0b type bridge
ip netns exec a ip link set v0 master br0
ip netns exec a od -An -tx1 /sys/class/net/br0/brforward
ip netns exec a bridge fdb add 02:00:00:00:00:33 dev v0 master static
ip netns exec a od -An -tx1 /sys/class/net/br0/brforward
ip netns exec a cat /sys/class/net/v0/brforward; echo rc=$?
