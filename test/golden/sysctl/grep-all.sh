sysctl -a 2>/dev/null | grep -E '^net.ipv4.(ip_forward|conf.all.rp_filter|conf.default.forwarding|ip_default_ttl|neigh.default.gc_thresh1) '
ip link add veth0 type veth peer name veth1
sysctl -a 2>/dev/null | grep 'conf.veth0.forwarding\|neigh.veth0.base_reachable_time_ms\|ipv4.conf.veth1.arp_ignore'
sysctl net.ipv4.conf.veth0.proxy_arp net.ipv4.neigh.veth0.gc_stale_time
sysctl -w net.ipv4.conf.veth0.proxy_arp=1
sysctl -n net.ipv4.conf.veth0.proxy_arp
sysctl -w net.ipv4.conf.veth0.proxy_arp=abc; echo rc=$?
sysctl -w net.ipv4.conf.veth9.proxy_arp=1; echo rc=$?
sysctl net.ipv4.nope; echo rc=$?
sysctl -e net.ipv4.nope; echo rc=$?
sysctl -w net.ipv4.ip_forward; echo rc=$?
sysctl -p /nonexistent; echo rc=$?
sysctl -a --pattern 'ipv4.conf.lo.(forwarding|rp_filter)$'
sysctl -N net.ipv4.ip_forward
sysctl -b net.ipv4.ip_default_ttl; echo
cat /proc/sys/net/ipv4/conf/veth0/forwarding
echo 1 > /proc/sys/net/ipv4/conf/veth0/forwarding; cat /proc/sys/net/ipv4/conf/all/forwarding /proc/sys/net/ipv4/conf/veth0/forwarding
