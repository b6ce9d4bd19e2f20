# ifconfig promisc/allmulti/-arp/txqueuelen/hw ether (and a bad one), bad mtu/netmask values, unknown devices and words.
ip link add veth0 type veth peer name veth1
ip link set veth0 address 02:00:00:00:00:01
ip link set veth1 address 02:00:00:00:00:02
ifconfig veth0 promisc; echo rc=$?
ifconfig veth0 allmulti; echo rc=$?
ifconfig veth0 -arp; echo rc=$?
ifconfig veth0 txqueuelen 500; echo rc=$?
ip link show veth0
ifconfig veth0
ifconfig veth0 -promisc -allmulti arp; echo rc=$?
ip link show veth0
ifconfig veth0 hw ether 02:aa:bb:cc:dd:ee; echo rc=$?
ip link show veth0
ifconfig veth0 hw ether zz:zz; echo rc=$?
ifconfig veth0 mtu 70000; echo rc=$?
ifconfig veth0 mtu 60; echo rc=$?
ifconfig veth0 mtu abc; echo rc=$?
ifconfig veth0 txqueuelen; echo rc=$?
ifconfig veth0 netmask 255.0.255.0; echo rc=$?
ifconfig nosuch up; echo rc=$?
ifconfig nosuch; echo rc=$?
ifconfig veth0 bogus; echo rc=$?
