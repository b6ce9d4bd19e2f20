# Configuring with ifconfig: address + netmask, /len, up/down, broadcast, mtu.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 
ip link set veth0 address 02:00:00:00:00:01
ip link set veth1 address 02:00:00:00:00:02
ifconfig veth0 10.0.0.1 netmask 255.255.255.0 up; echo "rc=$?"
ifconfig veth0
ip -4 addr show veth0
ip -4 route
ifconfig veth1 10.0.1.1/16 up; echo "rc=$?"
ifconfig veth1
ip -4 route
ifconfig veth0 10.0.0.9; echo "rc=$?"
ip -4 addr show veth0
ifconfig veth0 netmask 255.255.0.0; echo "rc=$?"
ifconfig veth0 broadcast 10.0.255.127; echo "rc=$?"
ip -4 addr show veth0
ifconfig veth0 mtu 1400; echo "rc=$?"
ifconfig veth0 down; echo "rc=$?"
ifconfig veth0
ifconfig -a | grep -c flags
ifconfig veth0 up
ifconfig veth0:1 10.0.5.5 netmask 255.255.255.0; echo "rc=$?"
ip -4 addr show veth0
ifconfig veth0:1
ifconfig veth0 0.0.0.0; echo "rc=$?"
ip -4 addr show veth0
