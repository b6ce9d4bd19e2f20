ss -Z foo; echo "rc=$?"
ss -x -t -Q; echo "rc=$?"
ss --foo; echo "rc=$?"
ss state foo; echo "rc=$?"
ss -t dst foo; echo "rc=$?"
ss -t sport = :foo; echo "rc=$?"
ss -t '( sport = :22'; echo "rc=$?"
ss -f foo; echo "rc=$?"
ss -A foo; echo "rc=$?"
ss -N nosuch; echo "rc=$?"
ss -tnl extra words; echo "rc=$?"
ss -t dport gt :foo; echo "rc=$?"
ss -F /nonexistent; echo "rc=$?"
ss -V; echo "rc=$?"
ss -N nosuch; echo "rc=$?"
ss -N; echo "rc=$?"
ss --net=nosuch -t; echo "rc=$?"
ss -F /nonexistent; echo "rc=$?"
ip netns add n1
ip -n n1 link set lo up
ip netns exec n1 nc -l 127.0.0.1 7000 </dev/null >/dev/null & 
sleep 0.5
ss -N n1 -tln; echo "rc=$?"
ss -tln; echo "rc=$?"
printf '# comment\nsport = :7000\n' > /tmp/f.txt
ss -N n1 -tln -F /tmp/f.txt; echo "rc=$?"
printf 'sport = :7001\n' > /tmp/g.txt
ss -N n1 -tln -F /tmp/g.txt; echo "rc=$?"
ss -N n1 -tln -F /tmp/g.txt -F /tmp/f.txt; echo "rc=$?"
printf 'sport = \n' > /tmp/h.txt
ss -N n1 -tln -F /tmp/h.txt 2>&1 | head -3; echo "rc=$?"
kill %1; wait
ip netns del n1
