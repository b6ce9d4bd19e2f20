# ip_forward and conf.*.forwarding move together.
ip link add veth0 type veth peer name veth1
cat /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/conf/all/forwarding /proc/sys/net/ipv4/conf/veth0/forwarding
sysctl -w net.ipv4.ip_forward=1
cat /proc/sys/net/ipv4/conf/all/forwarding /proc/sys/net/ipv4/conf/default/forwarding /proc/sys/net/ipv4/conf/veth0/forwarding
sysctl -w net.ipv4.conf.all.forwarding=0
cat /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/conf/veth0/forwarding
sysctl -w net.ipv4.conf.veth0.forwarding=1
cat /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/conf/veth0/forwarding
sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.all.promote_secondaries net.ipv4.icmp_ratelimit net.ipv4.icmp_ratemask
