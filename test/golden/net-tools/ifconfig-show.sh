# ifconfig listings (net-tools 2.10 layout); IPv6 off so no inet6 lines or
# background packets show.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ifconfig; echo "rc=$?"
ifconfig -a; echo "rc=$?"
ifconfig lo; echo "rc=$?"
ip link set lo up
ifconfig
ip link add veth0 type veth peer name veth1 
ip link set veth0 address 02:00:00:00:00:01
ip addr add 10.0.0.1/24 dev veth0
ifconfig -a
ip link set veth0 up
ifconfig veth0
ip link set veth1 up
ifconfig veth0
ifconfig -s
ifconfig -a -s
ifconfig nosuch; echo "rc=$?"
