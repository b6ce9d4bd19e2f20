sleep 5 &
sleep 6 &
jobs -l | sed -E 's/ +[0-9]+ / PID /'
jobs %1
jobs %+
jobs %-
jobs %sleep 2>&1
kill %1 %2; wait
