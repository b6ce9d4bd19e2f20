# A device with a dot in its name (flannel.1, eth0.100-style): sysctl swaps "." and "/" in the key
ip link add flannel.1 type vxlan id 1 dstport 8472
sysctl net.ipv6.conf.flannel/1.disable_ipv6
sysctl -w net/ipv6/conf/flannel.1/disable_ipv6=1
sysctl net.ipv4.conf.flannel/1.forwarding net/ipv4/conf/flannel.1/rp_filter
sysctl -a 2>/dev/null | grep 'flannel/1' | grep -E 'forwarding|disable_ipv6|proxy_arp '
sysctl -a -r 'conf\.flannel/1\.accept_local'
sysctl -n net.ipv4.conf.flannel.1.forwarding; echo rc=$?
sysctl -N net.ipv4.conf.lo | head -3
sysctl net.ipv4.neigh.flannel/1.retrans_time_ms
cat /proc/sys/net/ipv4/conf/flannel.1/forwarding
sysctl -w net.ipv4.conf.flannel/1.proxy_arp=1 -w net.ipv4.conf.flannel/1.rp_filter=2
printf 'net.ipv4.conf.flannel/1.forwarding = 1\nnet/ipv4/conf/flannel.1/arp_ignore = 1\n' > /tmp/99-flannel.conf
sysctl -p /tmp/99-flannel.conf
echo "--- doubled separators"
sysctl net//ipv4/ip_forward
sysctl net..ipv4.ip_forward
sysctl net.ipv4..ip_forward
sysctl net/ipv4//ip_forward
sysctl -w net//ipv4/ip_forward=0
sysctl -w net..ipv4.ip_forward=0
sysctl -w net.ipv4..ip_forward=0
sysctl -w net/ipv4//ip_forward=0
sysctl -N net/ipv4/conf/lo/forwarding
