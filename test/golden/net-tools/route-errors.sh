# route(8) error paths.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip addr add 10.0.0.1/24 dev veth0
route add -net 192.168.1.0 netmask 255.255.255.0 gw 10.9.9.9; echo "rc=$?"
route add -net 192.168.1.0 netmask 255.255.255.0 dev nosuch; echo "rc=$?"
route add -net 192.168.1.0 netmask 255.255.255.0 dev veth0; echo "rc=$?"
route add -net 192.168.1.0 netmask 255.255.255.0 dev veth0; echo "rc=$?"
route add -net 192.168.1.1 netmask 255.255.255.0 dev veth0; echo "rc=$?"
route del -net 192.168.9.0 netmask 255.255.255.0; echo "rc=$?"
route add -net foo dev veth0; echo "rc=$?"
route add; echo "rc=$?"
route bogus; echo "rc=$?"
route add default gw 10.0.0.254 dev veth1; echo "rc=$?"
route -n
