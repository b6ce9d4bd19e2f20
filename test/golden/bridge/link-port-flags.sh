# bridge link: show, set every flag (mcast_to_unicast, vlan_tunnel, locked, backup_port stored and shown), -d/-j, errors; ip link set type bridge_slave proxy_arp/nobackup_port; brport sysfs; a backup port leaving
ip link add br0 type bridge
ip link add veth0 address 02:00:00:00:00:10 type veth peer name veth1 address 02:00:00:00:00:11
ip link add veth2 address 02:00:00:00:00:12 type veth peer name veth3 address 02:00:00:00:00:13
ip link set veth0 master br0
ip link set veth2 master br0
ip link set br0 up; ip link set veth0 up; ip link set veth1 up; ip link set veth2 up
bridge link
bridge link show dev veth0
bridge -d link show dev veth0
bridge link set dev veth0 cost 100 priority 5 guard on hairpin on fastleave on root_block on learning off flood off
echo rc=$?
bridge -d link show dev veth0
bridge link set dev veth0 mcast_flood off bcast_flood off neigh_suppress on isolated on learning_sync on; echo rc=$?
bridge link set dev veth0 mcast_to_unicast on; echo rc=$?
bridge link set dev veth0 proxy_arp on proxy_arp_wifi on; echo rc=$?
bridge link set dev veth0 locked on; echo rc=$?
bridge link set dev veth0 mab on; echo rc=$?
bridge link set dev veth0 vlan_tunnel on; echo rc=$?
bridge link set dev veth0 backup_port veth2; echo rc=$?
bridge -d link show dev veth0
bridge link set dev veth0 cost 0; echo rc=$?
bridge link set dev veth0 priority 64; echo rc=$?
bridge link set dev veth0 state 5; echo rc=$?
bridge link set dev veth0 hairpin maybe; echo rc=$?
bridge link set dev veth1 cost 5; echo rc=$?
bridge link set dev nope cost 5; echo rc=$?
bridge link set cost 5; echo rc=$?
bridge -j link show dev veth0
echo
ip -d link show veth0 | tail -n +2
ls /sys/class/net/veth0/brport/
cat /sys/class/net/veth0/brport/proxyarp /sys/class/net/veth0/brport/multicast_to_unicast /sys/class/net/veth0/brport/neigh_suppress
cat /sys/class/net/veth0/brport/backup_port
ip link set veth0 type bridge_slave nobackup_port proxy_arp on mcast_to_unicast off; echo rc=$?
bridge -d link show dev veth0 | tail -1
ip -d link show veth0 | grep -o 'proxy_arp [a-z]*\|backup_port [a-z0-9]*\|mcast_to_unicast [a-z]*'
cat /sys/class/net/veth0/brport/proxyarp
bridge link set dev veth0 backup_port veth0; echo rc=$?
bridge link set dev veth0 backup_port veth1; echo rc=$?
bridge link set dev veth0 backup_port veth2; echo rc=$?
ip link set veth2 nomaster
bridge -d link show dev veth0 | tail -1
bridge -j -d link show dev veth0
