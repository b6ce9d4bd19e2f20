# TCP over lo: MSS 65495, window 65495 / 65483 in the SYNs, scaled window 64 after.
ip link set lo up
tcpdump -l -n -i lo -c 8 tcp > /tmp/cap 2>/dev/null &
sleep 1
nc -l 127.0.0.1 9000 > /tmp/got &
sleep 0.2
printf 'abc\n' | nc -N 127.0.0.1 9000; echo rc=$?
wait
cat /tmp/cap /tmp/got
