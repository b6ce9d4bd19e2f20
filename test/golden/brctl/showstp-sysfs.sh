# showstp as brctl prints it from sysfs: ports in name order, times as set,
# hairpin mode shown once set through brport/hairpin_mode.
brctl addbr br0
ip link add vb type veth peer name vb-p
ip link add va type veth peer name va-p
brctl addif br0 vb
brctl addif br0 va
brctl show br0
brctl setfd br0 4
brctl sethello br0 1
brctl setmaxage br0 10
brctl setageing br0 120
brctl hairpin br0 vb on; echo rc=$?
brctl hairpin br0 vb-p on; echo rc=$?
brctl showstp br0 | grep -v timer
brctl hairpin br0 vb off; echo rc=$?
brctl showstp br0 | grep -A8 '^vb'
bridge -d link show dev vb | grep -o 'hairpin [a-z]*'
