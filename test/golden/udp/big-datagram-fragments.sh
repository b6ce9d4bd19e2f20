# a UDP datagram larger than the MTU leaves in fragments without DF (IP_PMTUDISC_WANT)
ip netns add a; ip netns add b
ip link add x type veth peer name y
ip link set x netns a; ip link set y netns b
ip -n a addr add 10.9.0.1/24 dev x; ip -n a link set x up
ip -n b addr add 10.9.0.2/24 dev y; ip -n b link set y up
ip -n a link set x mtu 1400
ip netns exec b nc -u -l -p 5000 > /tmp/p4.out &
sleep 0.3
ip netns exec a sh -c 'printf %3000s | tr " " a | nc -u -w 1 10.9.0.2 5000'; echo rc=$?
ip netns exec a sh -c 'printf %3000s | nc -u -w 1 10.9.0.2 5000'; echo rc=$?
ip netns exec a sh -c 'printf %3000s > /tmp/p4.in; nc -u -w 1 10.9.0.2 5000 < /tmp/p4.in'; echo rc=$?
sleep 0.3; kill %1; wait
wc -c < /tmp/p4.out
ip netns exec a nstat -az | grep -E '^Ip(Frag|OutReq)'
