ip link add veth0 type veth peer name veth1
ip addr add 10.97.0.1/24 dev veth0
ip link set veth0 up; ip link set veth1 up
ip route add 10.99.0.0/16 via 10.97.0.2 mtu lock 1400 advmss 1360 window 1000 hoplimit 10 initcwnd 5
ip route add 10.98.0.0/16 via 10.97.0.2 mtu 1300 metric 7
ip route
ip route get 10.99.1.1
ip route get 10.98.1.1
ip -j route show 10.98.0.0/16
ip route add 10.96.0.0/16 via 10.97.0.2 mtu abc; echo rc=$?
ip route add 10.96.0.0/16 via 10.97.0.2 mtu; echo rc=$?
ip route change 10.98.0.0/16 via 10.97.0.2 mtu 1200 metric 7
ip route show 10.98.0.0/16
cat /proc/net/route | grep 0062
