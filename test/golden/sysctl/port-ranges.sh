# ip_local_port_range / ip_unprivileged_port_start / ping_group_range have
# handlers with their own checks (sysctl_net_ipv4.c); a vector write with
# fewer values keeps the rest (proc_dointvec reads into the current vector).
sysctl -w net.ipv4.ip_local_port_range="1000 2000"; echo rc=$?
sysctl -w net.ipv4.ip_local_port_range="3000 2000"; echo rc=$?
sysctl -w net.ipv4.ip_local_port_range="2000 2000"; echo rc=$?
sysctl -w net.ipv4.ip_local_port_range="2500"; echo rc=$?
sysctl net.ipv4.ip_local_port_range
sysctl -w net.ipv4.ip_local_port_range="2000 3000 4000"; echo rc=$?
sysctl net.ipv4.ip_local_port_range
sysctl -w net.ipv4.ip_local_port_range="2000 70000"; echo rc=$?
sysctl -w net.ipv4.ip_local_port_range="0 100"; echo rc=$?
sysctl -w net.ipv4.ip_unprivileged_port_start=3000; echo rc=$?
sysctl -w net.ipv4.ip_unprivileged_port_start=-1; echo rc=$?
sysctl -w net.ipv4.ip_unprivileged_port_start=500; echo rc=$?
sysctl -w net.ipv4.ip_local_port_range="600 900"; echo rc=$?
sysctl -w net.ipv4.ip_unprivileged_port_start=700; echo rc=$?
sysctl -w net.ipv4.ip_unprivileged_port_start=600; echo rc=$?
sysctl net.ipv4.ip_local_port_range net.ipv4.ip_unprivileged_port_start
sysctl -w net.ipv4.ping_group_range="0 10"; echo rc=$?
sysctl net.ipv4.ping_group_range
sysctl -w net.ipv4.ping_group_range="5 1"; echo rc=$?
sysctl net.ipv4.ping_group_range
sysctl -w net.ipv4.ping_group_range="-1 0"; echo rc=$?
sysctl -w net.ipv4.ping_group_range="7"; echo rc=$?
sysctl net.ipv4.ping_group_range
cat /proc/sys/net/ipv4/ip_local_port_range
echo "40000 50000" > /proc/sys/net/ipv4/ip_local_port_range; cat /proc/sys/net/ipv4/ip_local_port_range
echo "50000 40000" > /proc/sys/net/ipv4/ip_local_port_range; echo rc=$?
