# REDIRECT: pings to another network routed through the host are answered
# by the host itself, from the address that was asked.
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
ip -n client route add 10.50.0.0/24 via 192.168.122.220
iptables -t nat -A PREROUTING -p icmp -d 10.50.0.0/24 -j REDIRECT
ip netns exec client ping -c 1 10.50.0.7 | sed 's/time=.*//'
conntrack -L
