ip link add br0 type bridge vlan_filtering 0; echo rc=$?
ip link add br0 type bridge
ip link add br0 type bridge; echo rc=$?
ip link set br0 type bridge vlan_filtering 1; echo rc=$?
ip link set br0 type bridge stp_state 1 vlan_filtering 0; echo rc=$?
ip -d link show br0 | grep -o 'stp_state [0-9]\|vlan_filtering [0-9]'
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
bridge vlan show; echo rc=$?
bridge vlan; echo rc=$?
bridge -j vlan show; echo rc=$?
bridge vlan show dev veth0; echo rc=$?
bridge vlan add dev veth0 vid 10 pvid untagged; echo rc=$?
bridge vlan del dev veth0 vid 1; echo rc=$?
bridge vlan add vid 10; echo rc=$?
bridge vlan add dev veth0; echo rc=$?
bridge vlan foo; echo rc=$?
bridge -s vlan show; echo rc=$?
bridge vlan help 2>&1 | head -3; echo rc=$?
bridge vlan help; echo rc=$?
bridge vlan help 2>/dev/null; echo rc=$?
bridge -d vlan show; echo rc=$?
bridge -d vlan show 2>/dev/null; echo rc=$?
bridge vlan show dev nosuch; echo rc=$?
bridge vlan add dev nosuch vid 3; echo rc=$?
bridge vlan add dev br0 vid 5000; echo rc=$?
bridge vlan add dev br0 vid 5 self; echo rc=$?
bridge -j -p vlan show; echo rc=$?
