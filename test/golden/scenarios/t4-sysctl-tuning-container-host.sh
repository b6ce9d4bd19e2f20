# Host tuning for containers: a sysctl.d drop-in loaded with -p, checks with -n and -a | grep, per-namespace values
cat > /tmp/99-containers.conf <<'X'
# enable routing for the container bridge
net.ipv4.ip_forward = 1
net.ipv4.conf.all.rp_filter=2
net.ipv4.ip_local_port_range = 32768	60999
  net.core.somaxconn = 4096
; old-style comment
net.ipv4.tcp_fin_timeout = 15
net.ipv6.conf.all.forwarding = 1
net.ipv4.neigh.default.gc_thresh3 = 8192
X
sysctl -p /tmp/99-containers.conf
sysctl -n net.ipv4.ip_forward net.ipv4.tcp_fin_timeout
sysctl net.ipv4.ip_local_port_range
sysctl -a 2>/dev/null | grep -E '^net\.ipv4\.conf\.(all|default|lo)\.rp_filter'
sysctl -w net.ipv4.conf.all.forwarding=0 net.ipv4.ip_forward
ip netns add c
echo "in a new netns:"; ip netns exec c sysctl net.ipv4.ip_forward net.core.somaxconn net.ipv4.tcp_fin_timeout
ip netns exec c sysctl -w net.ipv4.neigh.default.gc_thresh3=1024; echo rc=$?
sysctl -w net.ipv4.ip_forward=2; echo rc=$?
sysctl -n net.ipv4.ip_forward
sysctl -w net.ipv4.ip_local_port_range="60000 50000"; echo rc=$?
sysctl net.nonexistent.key; echo rc=$?
sysctl -e -n net.nonexistent.key; echo rc=$?
sysctl -p /tmp/missing.conf; echo rc=$?
