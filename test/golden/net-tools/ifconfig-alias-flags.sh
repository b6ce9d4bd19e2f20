sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip link set veth1 up
ifconfig veth0 up
ifconfig veth0 10.80.0.1/16
ifconfig veth0
ifconfig veth0 mtu 1400 txqueuelen 50
ifconfig veth0 hw ether 02:aa:bb:cc:dd:ee
ifconfig veth0 promisc allmulti
ifconfig veth0
ifconfig veth0 -promisc -allmulti down
ifconfig veth0 | head -1
ifconfig veth0:1 10.80.1.1 netmask 255.255.255.0
ifconfig veth0:1
ifconfig veth0:1 down
ip -4 addr show dev veth0
ifconfig veth0 0.0.0.0
ip -4 addr show dev veth0
ifconfig veth0 mtu 20; echo rc=$?
ifconfig veth0 netmask 255.255.255.0; echo rc=$?
