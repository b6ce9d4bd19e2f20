brctl addbr br0; echo rc=$?
brctl addbr br0; echo rc=$?
brctl show
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
# Fixed port MACs: the bridge takes the lowest, which random MACs would make a coin toss.
ip link set veth0 address 02:00:00:00:00:02
ip link set veth2 address 02:00:00:00:00:01
brctl addif br0 veth0; echo rc=$?
brctl addif br0 veth2; echo rc=$?
brctl show
brctl show br0
brctl showmacs br0
