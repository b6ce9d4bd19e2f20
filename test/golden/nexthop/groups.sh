# Groups left empty go with their last member; flush counts the whole dump;
# weighted groups pick a nexthop by the flow hash; -d -j route listings.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up; ip link set veth1 up
ip nexthop add id 4 via 10.0.0.3 dev veth0
ip nexthop add id 23 group 4
ip nexthop del id 4
ip nexthop
ip nexthop add id 4 via 10.0.0.3 dev veth0
ip nexthop add id 5 via 10.0.0.4 dev veth0
ip nexthop add id 23 group 4/5
ip nexthop add id 24 group 4
ip nexthop flush; echo $?
ip nexthop
ip nexthop flush; echo $?
ip nexthop add id 4 via 10.0.0.3 dev veth0
ip nexthop add id 24 group 4
ip nexthop flush dev veth0; echo $?
ip nexthop
ip link add veth2 type veth peer name veth3
ip addr add 10.0.1.1/24 dev veth2
ip link set veth2 up; ip link set veth3 up; ip link set lo up
sleep 0.2
sysctl -w net.ipv4.fib_multipath_hash_seed=4321
ip nexthop add id 1 via 10.0.0.2 dev veth0
ip nexthop add id 2 via 10.0.1.2 dev veth2
ip nexthop add id 3 blackhole
ip nexthop add id 10 group 1,3/2,1
ip nexthop add id 11 group 3/1; echo $?
ip nexthop
ip -d -j nexthop show id 3
ip route add 192.168.0.0/16 nhid 10
ip route add 172.16.0.0/12 nhid 3
for i in 1 2 3 4 5 6 7 8 9 10; do ip route get 192.168.$i.$((i*3)) | head -1; done
ip route get 172.16.0.1; echo $?
ip -d -j route show 192.168.0.0/16
ip -d route
ip route del 192.168.0.0/16 nhid 11; echo $?
ip route del 192.168.0.0/16 nhid 10; echo $?
ip nexthop replace id 10 via 10.0.0.7 dev veth0; echo $?
ip nexthop replace id 1 group 2; echo $?
ip route
