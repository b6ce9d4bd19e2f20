# sysctl reads/writes a tutorial does: -n, -w, unknown keys with -q/-e, bad values, paths with /, -a -r/--pattern, -N, congestion control, bad options.
sysctl net.ipv4.ip_forward
sysctl -n net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward=1; echo rc=$?
sysctl net.ipv4.ip_forwardx; echo rc=$?
sysctl -q net.ipv4.ip_forwardx; echo rc=$?
sysctl -e net.ipv4.ip_forwardx; echo rc=$?
sysctl -w net.ipv4.ip_forward=abc; echo rc=$?
sysctl -w net.ipv4.ip_forward; echo rc=$?
sysctl -w net.ipv4.ip_forward= ; echo rc=$?
sysctl net.ipv4.conf.lo.forwarding net.ipv4.conf.all.forwarding
sysctl net/ipv4/ip_forward
sysctl -a -r 'ip_forward$'; echo rc=$?
sysctl -a --pattern 'conf\.lo\.(rp_filter|forwarding)'; echo rc=$?
sysctl -N net.ipv4.tcp_syncookies
sysctl net.core.somaxconn net.ipv4.tcp_congestion_control net.ipv4.tcp_available_congestion_control
sysctl -w net.ipv4.tcp_congestion_control=nosuch; echo rc=$?
sysctl -w net.core.somaxconn=-5; echo rc=$?
sysctl -w net.ipv4.tcp_syncookies=7; echo rc=$?
sysctl net.ipv4.neigh.default.gc_thresh1 net.ipv4.neigh.lo.base_reachable_time_ms
sysctl -x; echo rc=$?
sysctl; echo rc=$?
