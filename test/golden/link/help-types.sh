ip link help vxlan; echo rc=$?
ip link help veth 2>/dev/null; echo rc=$?
ip link help bridge 2>/dev/null >/dev/null; echo rc=$?
ip link help dummy 2>&1 | head -2; echo rc=$?
ip link help bridge_slave 2>/dev/null | head -2
ip link help nosuch 2>&1 | head -1
