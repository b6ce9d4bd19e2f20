# MASQUERADE -o enp1s0 leaves traffic leaving by another device alone.
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
ip netns add other
ip link add veth1 type veth peer name eth0 netns other
ip addr add 10.1.0.1/24 dev veth1
ip link set veth1 up
ip -n other addr add 10.1.0.2/24 dev eth0
ip -n other link set eth0 up
iptables -t nat -A POSTROUTING -s 172.18.0.0/24 -o enp1s0 -j MASQUERADE
ip netns exec server ping -c 1 -W 1 10.1.0.2 | grep transmitted
ip netns exec server ping -c 1 -W 1 192.168.122.1 | grep transmitted
conntrack -L -d 10.1.0.2
conntrack -L -d 192.168.122.1
iptables -t nat -L POSTROUTING -v -n -x
