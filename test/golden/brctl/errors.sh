brctl addbr br0
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
brctl addif br0 veth0
brctl addif br0 veth0; echo rc=$?
brctl addif br0 nope; echo rc=$?
brctl addif nope veth1; echo rc=$?
brctl addif veth1 veth3; echo rc=$?
brctl addbr br1
brctl addif br1 veth0; echo rc=$?
brctl show nope; echo rc=$?
brctl show nope veth0; echo rc=$?
brctl delif br0 veth2; echo rc=$?
brctl delif br0 nope; echo rc=$?
brctl delif nope veth2; echo rc=$?
brctl showmacs nope; echo rc=$?
brctl showmacs veth0; echo rc=$?
