# No route: connect() fails before anything is sent.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ping -c 1 10.0.0.2; echo "rc=$?"
ip link set veth0 up
ping -c 1 8.8.8.8; echo "rc=$?"
ip route add blackhole 192.168.1.0/24
ip route add unreachable 192.168.2.0/24
ip route add prohibit 192.168.3.0/24
ping -c 1 192.168.1.1; echo "rc=$?"
ping -c 1 192.168.2.1; echo "rc=$?"
ping -c 1 192.168.3.1; echo "rc=$?"
ping -c 1 -I nosuch 10.0.0.2; echo "rc=$?"
ping -c 1 -I 10.9.9.9 10.0.0.2; echo "rc=$?"
