sysctl net.ipv4.nope; echo rc=$?
sysctl -w net.ipv4.nope=1; echo rc=$?
sysctl -w net.ipv4.ip_forward=abc; echo rc=$?
sysctl -w net.ipv4.ip_forward; echo rc=$?
sysctl -e net.ipv4.nope; echo rc=$?
sysctl -x; echo rc=$?
