# veth: default peer names (veth%d clashing with the device), peer options (address, mtu, queues), errors in the kernel's order (veth_validate before EEXIST), carrier of one end, deleting one end
ip link add veth0 type veth
ip link show
ip link add a1 type veth peer b1
ip link add a2 type veth peer name b2 address 02:00:00:00:00:02 mtu 9000
ip link add name a3 mtu 1400 type veth peer name b3 mtu 1300
ip -d link show b2 | tail -n +2
ip link show a3; ip link show b3
ip link add a1 type veth peer name b9; echo rc=$?
ip link add a9 type veth peer name b1; echo rc=$?
ip link add a9 type veth peer name a9; echo rc=$?
ip link add a9 type veth peer; echo rc=$?
ip link add a9 mtu 70000 type veth; echo rc=$?
ip link add a9 mtu 60 type veth; echo rc=$?
ip link add thisnameiswaytoolong type veth; echo rc=$?
ip link set a1 mtu 65536; echo rc=$?
ip link set a1 mtu 65535; echo rc=$?
ip link set a1 up
ip link show a1
ip link set b1 up
ip link show a1
ip link del b1
ip link show a1; echo rc=$?
ip link add a4 type veth peer name b4 numtxqueues 4 numrxqueues 2
ip -d link show b4 | grep -o 'numtxqueues [0-9]* numrxqueues [0-9]*'
ip -d link show a4 | grep -o 'numtxqueues [0-9]* numrxqueues [0-9]*'
ethtool -S a4 | head -5
ethtool -i a4
ip link set a4 name x4; ip link show b4
ip -br link
