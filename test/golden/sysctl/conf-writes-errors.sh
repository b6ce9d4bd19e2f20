# sysctl reads/writes of net.ipv4 and its per-device conf, range and parse errors, /proc/sys writes.
ip link add v0 type veth peer name v1
sysctl -a 2>/dev/null | grep 'net.ipv4.conf.v0' | head -40
sysctl net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.ip_forward=2; echo "rc=$?"
sysctl -w net.ipv4.nonexistent=1; echo "rc=$?"
sysctl -w net.ipv4.conf.v0.rp_filter=2
sysctl -w net.ipv4.conf.nodev.rp_filter=1; echo "rc=$?"
sysctl -w net.ipv4.ip_forward; echo "rc=$?"
sysctl -w net.ipv4.ip_forward=abc; echo "rc=$?"
sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.v0.forwarding
sysctl -n net.ipv4.ip_default_ttl
sysctl -w net.ipv4.ip_default_ttl=0; echo "rc=$?"
sysctl -w net.ipv4.ip_default_ttl=256; echo "rc=$?"
sysctl -w net.ipv4.ip_default_ttl=255
ls /proc/sys/net/ipv4/conf/
cat /proc/sys/net/ipv4/conf/v0/arp_ignore /proc/sys/net/ipv4/conf/all/proxy_arp
echo 1 > /proc/sys/net/ipv4/conf/v0/proxy_arp
cat /proc/sys/net/ipv4/conf/v0/proxy_arp
echo x > /proc/sys/net/ipv4/conf/v0/proxy_arp; echo "rc=$?"
ls /proc/sys/net/ipv4/conf/v0/
sysctl -a 2>/dev/null | grep -c '^net\.'
sysctl net.ipv4.ip_local_port_range
sysctl -w net.ipv4.ip_local_port_range="10000 20000"
sysctl net.ipv4.ip_local_port_range
