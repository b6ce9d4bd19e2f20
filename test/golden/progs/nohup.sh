# nohup from a script (no terminal: nothing redirected): SIGHUP ignored by the command and its children, statuses, errors
nohup echo hi; echo "status $?"
nohup sh -c 'kill -HUP $$; echo survived'; echo "status $?"
nohup sh -c 'sh -c "kill -HUP \$\$; echo child survived"'; echo "status $?"
nohup sleep 5 & p=$!; sleep 0.5; kill -HUP $p; sleep 0.2; kill -0 $p && echo "still running"; kill $p; wait $p; echo "status $?"
nohup sh -c 'exit 3'; echo "status $?"
nohup; echo "status $?"
nohup nosuch; echo "status $?"
nohup /etc; echo "status $?"
nohup -x; echo "status $?"
nohup --version | head -1
ls nohup.out 2>&1
which nohup
