# 100 kB through TCP arrives whole (MSS segmentation, windows, ACKs).
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -l 8080 > /tmp/got &
sleep 0.2
seq 1 20000 | ip netns exec a nc -N 10.0.0.2 8080; echo rc=$?
wait
wc -c < /tmp/got
tail -n 2 /tmp/got
