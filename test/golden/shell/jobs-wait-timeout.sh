# background jobs, wait, kill, sleep, timeout
P=$(mktemp)
ip netns add j
ip -n j link set lo up
ip netns exec j ping -c 3 -i 0.2 127.0.0.1 > "$P" &
pid=$!
wait $pid; echo "wait rc=$?"
grep -c 'bytes from' "$P"
tail -1 "$P" | cut -d' ' -f1-3
timeout 1 ip netns exec j ping 127.0.0.1 > /dev/null; echo "timeout rc=$?"
sleep 0.2 & sleep 0.1 & wait; echo "all done"
ip netns exec j sleep 10 &
p=$!
kill $p; wait $p; echo "killed rc=$?"
(exit 3) & wait $!; echo "sub rc=$?"
timeout -s INT 0.5 ip netns exec j ping -i 0.2 127.0.0.1 | tail -2 | head -1 | sed 's/, time.*//'
ip netns del j
rm -f "$P"
