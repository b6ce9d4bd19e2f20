# ss table choices: raw, MPTCP, SCTP, DCCP (no diag handler here: EINVAL, also from the default set with -4/-6/-A inet), and -Z/-z without SELinux.
ip link set lo up
nc -l 127.0.0.1 8080 >/dev/null &
sleep 0.3
ss -w -n; echo rc=$?
ss -M -n; echo rc=$?
ss -S -n; echo rc=$?
ss -d -n; echo rc=$?
ss -dt -ln; echo rc=$?
ss -a -4 -n; echo rc=$?
ss -n -4; echo rc=$?
ss -6 -ln; echo rc=$?
ss -4 -ln --dccp; echo rc=$?
ss -Z; echo rc=$?
ss -tlz; echo rc=$?
ss -s -t | tail -3
kill %1; wait
