ip link set lo up
nc -l -p 8080 > /dev/null &
nc -l -s 127.0.0.1 -p 9999 > /dev/null &
nc -u -l -p 53 &
sleep 0.2
sleep 5 | nc 127.0.0.1 8080 > /dev/null &
sleep 0.2
netstat -tl | sort
netstat -t | grep -v localhost | sort
netstat -tn | sort
netstat -ua | sort
netstat -tanp | sed "s/ [0-9]*\/nc *$/ PID\/nc/" | sort
netstat -tae | grep -v ESTAB | sed "s/  *[0-9][0-9]*  *$/ INO/" | sort
kill %1 %2 %3 %4 2>/dev/null; wait 2>/dev/null
