# addr_gen_mode 1 (none): the device comes up without a link-local address,
# but still gets its multicast route; the default applies to new devices.
ip link add veth0 type veth peer name veth1
sysctl -w net.ipv6.conf.veth0.addr_gen_mode=1
ip link set veth0 up
ip link set veth1 up
sleep 0.2
ip -6 addr show dev veth0
ip -6 route show table all dev veth0
sysctl -w net.ipv6.conf.default.addr_gen_mode=1
ip link add veth2 type veth peer name veth3
sysctl net.ipv6.conf.veth2.addr_gen_mode net.ipv6.conf.veth1.addr_gen_mode
ip link set veth2 up
ip link set veth3 up
sleep 0.2
ip -6 -o addr show dev veth2
ip -6 -o addr show dev veth1 | sed 's/fe80::[^/]*/LL/'
