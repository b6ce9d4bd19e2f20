ip link set nope up; echo rc=$?
ip link set dev nope up; echo rc=$?
ip link show nope; echo rc=$?
ip link del nope; echo rc=$?
ip link show dev nope; echo rc=$?
