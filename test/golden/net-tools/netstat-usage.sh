netstat -h 2>/dev/null; echo "rc=$?"; echo ---
netstat -h 2>&1 >/dev/null | head -2; echo ---
netstat -Q >/dev/null; echo "rc=$?"
netstat -Q 2>/dev/null; echo "rc=$?"
netstat --foo >/dev/null; echo rc=$?
netstat -r -r -n
netstat -i -a
netstat -rn4
