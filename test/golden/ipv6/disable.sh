# disable_ipv6 removes the addresses and routes of a device (its multicast
# list keeps ff02::1/ff01::1 but loses the link-layer groups); clearing it
# configures the device again. conf.all also sets default and every device.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
sleep 3
ip -6 addr show dev veth0
sysctl -w net.ipv6.conf.veth0.disable_ipv6=1
ip addr show dev veth0
ip -6 route show table all dev veth0
grep -c veth0 /proc/net/igmp6
sysctl -w net.ipv6.conf.veth0.disable_ipv6=0
ip -6 addr show dev veth0
sysctl -w net.ipv6.conf.all.disable_ipv6=1
sysctl net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.veth1.disable_ipv6
ip -6 addr show dev veth1
ip link add veth2 type veth peer name veth3
sysctl net.ipv6.conf.veth2.disable_ipv6
sysctl -w net.ipv6.conf.all.disable_ipv6=0
sysctl net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.veth1.disable_ipv6
ip -6 addr show dev veth1
