# Route attributes a tutorial tweaks: per-route mtu (lock), advmss, initcwnd, src, metric; route get shows them
ip link add v0 type veth peer name v1
ip addr add 10.40.0.1/24 dev v0; ip link set v0 up; ip link set v1 up
ip route add 10.41.0.0/24 via 10.40.0.2 mtu 1300
ip route add 10.42.0.0/24 via 10.40.0.2 mtu lock 1280 advmss 1200
ip route add 10.43.0.0/24 via 10.40.0.2 initcwnd 10 initrwnd 20 metric 5
ip route add 10.44.0.0/24 via 10.40.0.2 src 10.40.0.1 proto static scope global
ip route show | sed 's/ *$//'
ip route get 10.42.0.9 | sed 's/ *$//'
ip route get 10.43.0.9 | sed 's/ *$//'
ip route change 10.41.0.0/24 via 10.40.0.2 mtu 1400
ip route show 10.41.0.0/24
ip route add 10.45.0.0/24 via 10.40.0.2 src 10.99.0.1; echo rc=$?
ip route add 10.46.0.0/24 via 10.40.0.2 mtu 100000; echo rc=$?
ip -d route show 10.42.0.0/24
ip route flush proto static; ip route show proto static | wc -l
ip -j route show 10.43.0.0/24
