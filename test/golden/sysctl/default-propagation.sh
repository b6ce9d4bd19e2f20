ip link add veth0 type veth peer name veth1
sysctl net.ipv4.conf.veth0.rp_filter net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter
sysctl -w net.ipv4.conf.default.rp_filter=2
ip link add veth2 type veth peer name veth3
sysctl net.ipv4.conf.veth2.rp_filter net.ipv4.conf.veth0.rp_filter
sysctl -w net.ipv4.conf.all.forwarding=1
sysctl net.ipv4.ip_forward net.ipv4.conf.veth0.forwarding net.ipv4.conf.default.forwarding
sysctl -w net.ipv4.ip_forward=0
sysctl net.ipv4.conf.veth0.forwarding net.ipv4.conf.all.forwarding
sysctl -w net.ipv4.neigh.default.base_reachable_time_ms=10000
ip link add veth4 type veth peer name veth5
sysctl net.ipv4.neigh.veth4.base_reachable_time_ms net.ipv4.neigh.veth0.base_reachable_time_ms
ip link set veth0 name eth9
sysctl net.ipv4.conf.eth9.rp_filter
sysctl net.ipv4.conf.veth0.rp_filter; echo rc=$?
ls /proc/sys/net/ipv4/conf/
