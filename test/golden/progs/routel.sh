# routel: every table's IPv4 routes (main and local) in columns, a table by number/name, -6, usage
ip link add v0 type veth peer name v1
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up; ip link set v1 up
ip route add 10.9.0.0/16 via 10.0.0.2
ip route add 192.168.100.0/24 dev v0 proto static metric 5
ip route add 172.16.0.0/12 via 10.0.0.3 table 100
routel; echo "status $?"
routel 100; echo "status $?"
routel main; echo "status $?"
routel -4 local; echo "status $?"
ip -6 addr add 2001:db8::1/64 dev v0 nodad
routel -6; echo "status $?"
routel -f inet6 main; echo "status $?"
routel -h; echo "status $?"
routel -x; echo "status $?"
which routel; type routel
