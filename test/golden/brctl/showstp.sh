brctl addbr br0
ip link add veth0 type veth peer name veth1
brctl addif br0 veth0
ip link set br0 up
ip link set veth0 up
ip link set veth1 up
brctl show
brctl showstp br0
brctl stp br0 on
brctl setfd br0 4
brctl sethello br0 1
brctl setbridgeprio br0 100
brctl setpathcost br0 veth0 7
brctl setportprio br0 veth0 3
brctl show br0
brctl showstp br0 | grep -v timer
brctl showmacs br0 | head -1
brctl showmacs nope; echo rc=$?
brctl showstp nope; echo rc=$?
brctl setfd nope 3; echo rc=$?
brctl setpathcost br0 veth9 3; echo rc=$?
