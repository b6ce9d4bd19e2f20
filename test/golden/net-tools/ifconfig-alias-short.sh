sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.10.0.1/24 dev veth0
ip addr add 10.10.0.5/24 dev veth0 label veth0:1
ip link set veth0 up
ip link set veth1 up
ifconfig -a
ifconfig
ifconfig veth0:1
ifconfig -s
ifconfig -a -s
ifconfig veth9; echo rc=$?
