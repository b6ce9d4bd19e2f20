# Background jobs: tcpdump in background, kill, wait, exit statuses
ip link set lo up
tcpdump -i lo -n -c 2 icmp 2>/tmp/err > /tmp/out &
TD=$!
sleep 0.5
ping -c 1 127.0.0.1 > /dev/null
wait $TD; echo "tcpdump rc=$?"
sed -E 's/^[0-9:.]+ //' /tmp/out
cat /tmp/err
sleep 30 &
S=$!
kill $S
wait $S; echo "sleep rc=$?"
tcpdump -i lo -n 2>/dev/null >/dev/null &
T=$!
sleep 0.3
kill -INT $T; wait $T; echo "int rc=$?"
ip netns add x
ip netns exec x sleep 30 &
P=$!
sleep 0.2
ip netns pids x | wc -l
kill -TERM $P; wait $P; echo "rc=$?"
ip netns pids x | wc -l
( sleep 0.2; exit 7 ) & wait $!; echo "sub rc=$?"
jobs; echo done
