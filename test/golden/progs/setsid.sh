# setsid: exec in place from a script (status and signals pass through), -f/-w fork, a new process group, errors
setsid -f nosuch; sleep 0.2; echo "status $?"
setsid -w nosuch; echo "status $?"
setsid nosuch; echo "status $?"
setsid /etc; echo "status $?"
setsid -x; echo "status $?"
setsid -w -f sh -c 'exit 4'; echo "status $?"
setsid sh -c 'exit 5'; echo "status $?"
setsid sh -c 'kill -TERM $$'; echo "status $?"
setsid -w sh -c 'kill -TERM $$'; echo "status $?"
setsid -f sh -c 'echo child'; sleep 0.2; echo "status $?"
setsid sh -c 'ps -o pid=,pgid= -p $$ | awk "{print (\$1==\$2)}"'
sh -c 'ps -o pid=,pgid= -p $$ | awk "{print (\$1==\$2)}"'
setsid; echo "status $?"
setsid -V; setsid -h
which setsid
