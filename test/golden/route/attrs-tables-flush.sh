# Routes with proto/metric/src/scope/onlink, a second table, show selectors (root/match/exact), flush by table and proto, route -n / netstat -rn.
ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
ip addr add 10.5.0.1/24 dev v0
ip route add 10.6.0.0/24 via 10.5.0.254 metric 100 proto static
ip route add 10.7.0.0/24 via 10.5.0.254 dev v0 src 10.5.0.1 metric 50
ip route add 10.8.0.0/16 dev v0 scope link proto kernel
ip route add 10.9.0.0/24 via 192.168.99.1 dev v0 onlink
ip route add 10.10.0.0/24 via 192.168.99.1 dev v0; echo "rc=$?"
ip route add default via 10.5.0.254 proto dhcp metric 600
ip route add 10.11.0.0/24 dev v0 table 100
ip route add default via 10.5.0.2 table 100
ip route add blackhole 10.12.0.0/24 table 100
ip route
ip route show proto static
ip route show scope link
ip route show table 100
ip route show table all | grep -v ff00
ip route get 10.9.0.5
ip route get 8.8.8.8
ip route get 10.11.0.3
ip route list match 10.7.0.9
ip route show root 10.0.0.0/8
ip route show exact 10.6.0.0/24
ip route flush table 100
ip route show table 100
ip route flush proto static
ip route
route -n
netstat -rn
