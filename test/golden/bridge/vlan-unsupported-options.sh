# Without CONFIG_BRIDGE_VLAN_FILTERING: bridge vlan -d/-s/-j/global/tunnelshow/set, iproute2's vid checks before the kernel's (Vlan id is invalid), and the vlan_* bridge options parsed then ignored (mcast_vlan_snooping 1 refused).
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
bridge -d vlan show dev v0; echo "rc=$?"
bridge -d vlan show; echo "rc=$?"
bridge -s vlan show; echo "rc=$?"
bridge -s -d vlan show; echo "rc=$?"
bridge -j -d vlan show; echo "rc=$?"
bridge vlan show vid 10; echo "rc=$?"
bridge vlan global show; echo "rc=$?"
bridge vlan tunnelshow; echo "rc=$?"
bridge vlan add dev v0 vid 0; echo "rc=$?"
bridge vlan add dev v0 vid 5000; echo "rc=$?"
bridge vlan add dev v0 vid 20-25 pvid; echo "rc=$?"
bridge vlan add dev v0 vid 25-20; echo "rc=$?"
bridge vlan add dev v0 vid 10-10; echo "rc=$?"
bridge vlan add dev v0 vid abc; echo "rc=$?"
bridge vlan set dev v0 vid 10 state blocking; echo "rc=$?"
ip link set br0 type bridge mcast_vlan_snooping 0; echo "rc=$?"
ip link set br0 type bridge vlan_stats_per_port 0; echo "rc=$?"
ip link set br0 type bridge vlan_protocol 802.1q; echo "rc=$?"
ip link set br0 type bridge vlan_default_pvid 65536; echo "rc=$?"
ip link set br0 type bridge vlan_default_pvid 20; echo $?
ip link set br0 type bridge vlan_default_pvid 4095; echo $?
ip link set br0 type bridge vlan_default_pvid x; echo $?
ip link set br0 type bridge vlan_protocol 802.1ad; echo $?
ip link set br0 type bridge vlan_protocol foo; echo $?
ip link set br0 type bridge vlan_stats_enabled 1; echo $?
ip link set br0 type bridge vlan_stats_per_port 1; echo $?
ip link set br0 type bridge mcast_vlan_snooping 1; echo $?
ip link add br1 type bridge vlan_default_pvid 0 vlan_protocol 802.1Q; echo $?
ip -d link show br0 | grep -o 'vlan_[a-z_]* [^ ]*'
ls /sys/class/net/br0/bridge/ | grep -c vlan
bridge -s vlan show dev v0 | cat -A; echo $?
bridge -d vlan show dev v0 | cat -A
bridge -s vlan show | cat -A
bridge -j -s vlan show; echo $?
