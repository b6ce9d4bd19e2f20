sysctl -w net.ipv4.ip_forward=1; echo rc=$?
sysctl net.ipv4.ip_forward=0; echo rc=$?
sysctl -q -w net.ipv4.ip_forward=1; echo rc=$?
sysctl -n net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward=2; echo rc=$?
sysctl -w net.ipv4.ip_default_ttl=0; echo rc=$?
sysctl -w net.ipv4.ip_default_ttl=255; echo rc=$?
