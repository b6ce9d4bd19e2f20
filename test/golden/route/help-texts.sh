ip addr help; echo rc=$?
ip route help; echo rc=$?
ip neigh help; echo rc=$?
ip rule help 2>&1 | head -3; echo rc=$?
ip link help veth; echo rc=$?
ip link help bridge 2>&1 | head -4
ip link help vxlan 2>&1 | head -2
ip maddr help; echo rc=$?
bridge fdb help 2>&1 | head -3
bridge link help 2>&1 | head -2
ip -V
bridge -V
ss -V
