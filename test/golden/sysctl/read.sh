sysctl net.ipv4.ip_forward; echo rc=$?
sysctl -n net.ipv4.ip_forward; echo rc=$?
sysctl net/ipv4/ip_default_ttl
sysctl net.ipv4.ip_forward net.ipv4.ip_default_ttl
sysctl net.ipv4.conf.lo
sysctl net.bridge
sysctl -N net.ipv4.ip_forward
sysctl net.ipv4.ip_local_port_range net.core.somaxconn
