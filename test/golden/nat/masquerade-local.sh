# Traffic the host sends itself out of enp1s0 is masqueraded to its own
# address: a null change, listed without a NAT mark.
ip netns add client
ip netns add server
ip link add enp1s0 type veth peer name eth0 netns client
ip link add veth0 type veth peer name eth0 netns server
ip addr add 192.168.122.220/24 dev enp1s0
ip addr add 172.18.0.1/24 dev veth0
ip link set enp1s0 up
ip link set veth0 up
ip -n client addr add 192.168.122.1/24 dev eth0
ip -n client link set eth0 up
ip -n server addr add 172.18.0.2/24 dev eth0
ip -n server link set eth0 up
ip -n server route add default via 172.18.0.1
sysctl -w net.ipv4.conf.all.forwarding=1
ip addr add 192.168.122.221/24 dev enp1s0
iptables -t nat -A POSTROUTING -o enp1s0 -j MASQUERADE
ping -c 1 -q -I 192.168.122.221 192.168.122.1 | grep transmitted
ping -c 1 -q 192.168.122.1 | grep transmitted
conntrack -L -s 192.168.122.220
conntrack -L -s 192.168.122.221
conntrack -L -n 192.168.122.220 -s 192.168.122.221; echo "rc=$?"
conntrack -C
