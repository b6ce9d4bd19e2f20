# ip netns exec mistakes and ping to a broadcast address
ip netns add lab
ip netns exec lab; echo "rc=$?"
ip netns exec lab nosuchcmd; echo "rc=$?"
echo "echo hi" > /tmp/notexec
ip netns exec lab /tmp/notexec; echo "rc=$?"
ip netns exec lab sh -c 'exit 42'; echo "rc=$?"
ip netns exec nolab true; echo "rc=$?"
ip netns add 'a/b'; echo "rc=$?"
ip netns add ''; echo "rc=$?"
ip netns add lab; echo "rc=$?"
ip netns del; echo "rc=$?"
ip netns identify nosuchpid; echo "rc=$?"
ip netns pids nolab; echo "rc=$?"
ip link add v0 type veth peer name v1
ip link set v1 netns nolab; echo "rc=$?"
ip link set v1 netns lab
ip -n lab addr add 10.0.0.2/24 dev v1; ip -n lab link set v1 up
ip addr add 10.0.0.1/24 dev v0; ip link set v0 up
ping -c 1 10.0.0.255; echo "rc=$?"
ping -c 1 -W 1 -b 10.0.0.255 | head -2 | sed 's/time=.*//'; echo "rc=$?"
ip netns exec lab sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=0 
ping -c 1 -W 1 -b 10.0.0.255 | sed -n 1,2p | sed 's/time=.*//'
ip netns exec lab ping -c 1 -W 1 -I v0 10.0.0.1; echo "rc=$?"
