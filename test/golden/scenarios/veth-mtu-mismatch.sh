# Mismatched MTUs on the two ends of a veth
ip netns add a; ip netns add b
ip link add e0 netns a mtu 9000 type veth peer name e0 netns b
ip netns exec a sysctl -qw net.ipv6.conf.e0.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.e0.disable_ipv6=1
ip -n a addr add 10.4.0.1/24 dev e0; ip -n b addr add 10.4.0.2/24 dev e0
ip -n a link set e0 up; ip -n b link set e0 up
ip -n a -br link; ip -n b -br link
ip -n b link show e0 | grep -o 'mtu [0-9]*'
ip -n b link set e0 mtu 1500
ip netns exec a ping -c 1 -s 3000 -W 1 10.4.0.2; echo "rc=$?"
ip netns exec b ping -c 1 -s 3000 -W 1 10.4.0.1 | grep -c 'bytes from'
ip -n b -s link show e0 | sed -n '3,6p'
ip -n a -s link show e0 | sed -n '3,6p'
ip netns exec b nstat -az IpReasmOKs IpFragCreates IpReasmReqds | tail -n +2
