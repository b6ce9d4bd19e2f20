# ping summaries: -q, -w deadline, -c with losses, timeout around ping
ip netns add b
ip link add v0 type veth peer name v1 netns b
ip addr add 10.70.0.1/24 dev v0; ip link set v0 up
ip -n b addr add 10.70.0.2/24 dev v1; ip -n b link set v1 up
ping -c 3 -i 0.2 -q 10.70.0.2 | sed -E 's/time [0-9]+ms/time T/; s/= .*/= X/'
ping -w 1 -i 0.3 10.70.0.2 | grep -c 'bytes from'
ip netns exec b iptables -A INPUT -p icmp -m statistic --mode nth --every 2 --packet 1 -j DROP
ping -c 4 -i 0.2 -W 1 10.70.0.2 | tail -3 | sed -E 's/time [0-9]+ms/time T/; s/= .*/= X/'; echo "rc=${PIPESTATUS[0]}"
timeout 1 ping -i 0.3 10.70.0.2 > /tmp/p.out; echo "timeout rc=$?"
grep -c 'bytes from' /tmp/p.out
tail -1 /tmp/p.out | cut -c1-20
timeout -s INT 1 ping -i 0.4 10.70.0.3 | tail -3 | sed -E 's/time [0-9]+ms/time T/'; echo "rc=${PIPESTATUS[0]}"
ping -c 1 -W 1 10.70.0.3 | tail -2 | sed -E 's/time [0-9]+ms/time T/'; echo "rc=${PIPESTATUS[0]}"
# SIGINT ends ping with its statistics and status 0/1; SIGTERM kills it without them
ping -i 0.3 10.70.0.2 > /tmp/a &
sleep 1; kill -INT $!; wait $!; echo "int rc=$?"; tail -2 /tmp/a | sed -E 's/= .*/= X/; s/time [0-9]+ms/time T/'
ping -i 0.3 10.70.0.2 > /tmp/b &
sleep 1; kill $!; wait $!; echo "term rc=$?"; tail -1 /tmp/b | cut -c1-20
ping -i 0.3 10.70.0.9 > /tmp/c 2>&1 &
sleep 1.1; kill -INT $!; wait $!; echo "int rc=$?"; sed -E 's/time [0-9]+ms/time T/' /tmp/c
