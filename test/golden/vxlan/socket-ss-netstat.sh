# vxlan's kernel UDP socket (0.0.0.0:dstport, in the namespace the device was made in) is listed by ss and netstat while the device is up; moving the device away closes it.
ip link add eth0 type veth peer name eth1
ip addr add 172.16.0.1/24 dev eth0; ip link set eth0 up
ip link add vx0 type vxlan id 5 remote 172.16.0.2 dstport 4789 dev eth0
ss -uan
ip link set vx0 up
ss -uan
ss -uanp
netstat -uan
ip netns add c
ip link set vx0 netns c
ss -uan
ip netns exec c ss -uan
ip -n c link set vx0 down
ss -uan
