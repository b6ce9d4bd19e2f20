# TIME-WAIT listings: ss -tan, state filters, -o timers, port filters
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -lk 7046 >/dev/null &
sleep 0.3
for i in 1 2 3; do echo $i | ip netns exec a nc -N -q0 10.0.0.2 7046; done
sleep 0.2
ip netns exec a ss -tan | sed -E 's/:[0-9]{5} /:P /' | sort
ip netns exec a ss -tn state time-wait | wc -l
ip netns exec a ss -Htn state time-wait '( dport = :7046 )' | wc -l
ip netns exec a ss -Htn state time-wait dport = :7047 | wc -l
ip netns exec a ss -tn state fin-wait-2 state time-wait | wc -l
ip netns exec a ss -Hton state time-wait | sed -E 's/:[0-9]{5} /:P /; s/timewait,[0-9.]+sec/timewait,T/' | sort | uniq -c
ip netns exec a ss -s | grep -i tcp
ip netns exec b ss -Htan
kill %1; wait
