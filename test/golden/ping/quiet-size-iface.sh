ip netns add a
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.41.0.1/24 dev veth0
ip -n a addr add 10.41.0.2/24 dev veth1
ip link set veth0 up
ip -n a link set veth1 up
ping -q -c 3 -i 0.2 10.41.0.2
ping -c 2 -s 1000 -i 0.2 10.41.0.2
ping -c 1 -s 0 10.41.0.2
ping -c 1 -s 8 10.41.0.2
ping -c 2 -I veth0 -i 0.2 10.41.0.2
ping -c 1 -I 10.41.0.1 10.41.0.2
ping -c 1 -I 10.99.0.1 10.41.0.2; echo rc=$?
ping -c 1 -I nosuch 10.41.0.2; echo rc=$?
ping -c 2 -w 1 -i 0.3 10.41.0.2 | tail -2
ping -c 1 -n -W 0.5 10.41.0.77; echo rc=$?
