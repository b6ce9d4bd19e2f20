# ifconfig error paths.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 
ifconfig nosuch 10.0.0.1; echo "rc=$?"
ifconfig nosuch up; echo "rc=$?"
ifconfig veth0 999.0.0.1; echo "rc=$?"
ifconfig veth0 foo; echo "rc=$?"
ifconfig veth0 netmask; echo "rc=$?"
ifconfig veth0 netmask 255.0.255.0; echo "rc=$?"
ifconfig veth0 mtu; echo "rc=$?"
ifconfig veth0 mtu 10; echo "rc=$?"
ifconfig veth0 10.0.0.1/40; echo "rc=$?"
ifconfig --help; echo "rc=$?"
