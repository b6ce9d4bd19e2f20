# /dev/zero as the payload of a UDP and a TCP transfer between namespaces
ip netns add a; ip netns add b
ip link add x type veth peer name y; ip link set x netns a; ip link set y netns b
ip -n a addr add 10.60.0.1/24 dev x; ip -n a link set x up
ip -n b addr add 10.60.0.2/24 dev y; ip -n b link set y up
ls -l /dev/zero | cut -c1-10
head -c 5 /dev/zero | od -An -tx1
head -c 100000 /dev/zero | wc -c
ip netns exec b sh -c 'nc -l -p 5001 | wc -c' &
sleep 0.3
head -c 200000 /dev/zero | ip netns exec a nc -N 10.60.0.2 5001
wait
cat /dev/zero | head -c 10 | od -An -c
echo done > /dev/zero; echo rc=$?
