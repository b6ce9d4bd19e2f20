brctl addbr br0
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
brctl addif br0 veth0 veth2
ip link set br0 up
ip link set veth0 up
ip link set veth1 up
brctl showstp br0
brctl setpathcost br0 veth0 0; echo rc=$?
brctl setpathcost br0 veth0 70000; echo rc=$?
brctl setpathcost br0 veth0 abc; echo rc=$?
brctl setpathcost br0 veth0 0x10; echo rc=$?
brctl setportprio br0 veth2 64; echo rc=$?
brctl setportprio br0 veth2 x; echo rc=$?
brctl setportprio br0 veth1 3; echo rc=$?
brctl setportprio nope veth1 3; echo rc=$?
brctl hairpin br0 veth0 on; echo rc=$?
brctl hairpin br0 veth0 maybe; echo rc=$?
brctl hairpin br0 veth9 on; echo rc=$?
brctl hairpin br9 veth0 on; echo rc=$?
brctl hairpin br0 veth1 on; echo rc=$?
brctl stp br0 on
brctl setportprio br0 veth2 2
brctl showstp br0
brctl showstp veth0; echo rc=$?
bridge -d link show dev veth0 | tail -1
