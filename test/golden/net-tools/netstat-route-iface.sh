sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.12.0.1/24 dev veth0
ip link set veth0 up; ip link set veth1 up; ip link set lo up
ip route add 10.13.0.0/16 via 10.12.0.9
netstat -rn
netstat -r -n -e
netstat -i
netstat -ie | head -12
netstat -tlnp
netstat -uan
