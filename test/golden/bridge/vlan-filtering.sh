# A vlan_filtering bridge: bridge vlan add/del (pvid untagged, ranges, self), show, -c, -j.
ip link add br0 type bridge vlan_filtering 1
ip link add v0 type veth peer name v1
ip link add v2 type veth peer name v3
ip link set v0 master br0
ip link set v2 master br0
bridge vlan show
bridge vlan add dev v0 vid 10 pvid untagged
bridge vlan add dev v2 vid 10-12
bridge vlan add dev br0 vid 10 self
bridge vlan show
bridge vlan del dev v2 vid 11
bridge -c vlan show dev v2
bridge vlan show dev v0
bridge -j vlan show
echo
bridge fdb show br br0 | grep -v 33:33 | sed 's/^[0-9a-f:]* /M /'
