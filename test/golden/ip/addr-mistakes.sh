# ip addr: typos, bad prefixes, missing devices, labels, peer, broadcast +/-/explicit.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip addr add 10.0.0.1/24 dev v0; echo "rc=$?"
ip addr add 10.0.0.300/24 dev v0; echo "rc=$?"
ip addr add 10.0.0.2/33 dev v0; echo "rc=$?"
ip addr add 10.0.0.2/24 dev nosuch; echo "rc=$?"
ip addr add 10.0.0.2/24; echo "rc=$?"
ip addr add dev v0; echo "rc=$?"
ip addr ad 10.0.0.5/24 dev v0 lable foo; echo "rc=$?"
ip addr add 10.0.0.5/24 dev v0 label foo; echo "rc=$?"
ip addr add 10.0.0.6/24 dev v0 label v0:foo; echo "rc=$?"
ip addr del 10.0.0.9/24 dev v0; echo "rc=$?"
ip addr del 10.0.0.6 dev v0; echo "rc=$?"
ip addr show dev v0
ip addrr show; echo "rc=$?"
ip addr show dev nosuch; echo "rc=$?"
ip addr show label 'v0:*'
ip -4 -o addr
ip addr add 192.168.1.1 peer 192.168.1.2/32 dev v0
ip addr add 172.16.0.1/16 broadcast + dev v0
ip addr add 172.17.0.1/16 brd - dev v0
ip addr add 172.18.0.1/16 broadcast 172.18.0.7 dev v0
ip -4 addr show v0
ip route show table local dev v0
