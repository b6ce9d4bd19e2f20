# ip nexthop objects and groups: add (auto ids, onlink, blackhole needing lo up),
# listings and filters, errors, routes through nhid (text, -d nh_info, -j),
# route get, deletion out of groups, replace, device down, flush.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth2
ip link set veth0 up; ip link set veth1 up; ip link set veth2 up; ip link set veth3 up
sleep 0.2
ip nexthop
ip nexthop show; echo $?
ip nexthop add id 1 via 10.0.0.2 dev veth0
ip nexthop add id 2 via 10.0.1.2 dev veth2
ip nexthop add id 3 dev veth0
ip nexthop add id 4 blackhole
ip nexthop add id 5 via 10.0.0.9 dev veth0 onlink
ip nexthop add id 10 group 1/2
ip nexthop add id 11 group 1,3/2,1
ip nexthop add via 10.0.0.3 dev veth0
ip nexthop
ip -d nexthop
ip -j nexthop
ip nexthop show id 10
ip nexthop get id 11
ip nexthop show dev veth2
ip nexthop show groups
ip nexthop add id 1 via 10.0.0.2 dev veth0; echo $?
ip nexthop add id 20 via 10.5.0.2 dev veth0; echo $?
ip nexthop add id 21 via 10.0.0.2; echo $?
ip nexthop add id 22 group 1/99; echo $?
ip nexthop add id 23 group 4/1; echo $?
ip nexthop add id 24 dev nosuch; echo $?
ip nexthop add id 0 dev veth0; echo $?
ip nexthop get id 99; echo $?
ip nexthop del id 99; echo $?
ip route add 192.168.0.0/16 nhid 10
ip route add 172.16.0.0/12 nhid 1
ip route add 172.17.0.0/16 nhid 4
ip route add 172.18.0.0/16 nhid 3 metric 7
ip route add 172.19.0.0/16 nhid 99; echo $?
ip route add 172.20.0.0/16 nhid 1 via 10.0.0.2; echo $?
ip route
ip -d route
ip -j route show 192.168.0.0/16
ip route get 172.16.1.1
ip route get 172.17.1.1
ip route get 192.168.1.1
ip route get fibmatch 192.168.1.1
ip nexthop del id 1
ip nexthop
ip route
ip nexthop replace id 2 via 10.0.1.3 dev veth2
ip nexthop
ip link set veth2 down
ip nexthop
ip route
ip nexthop flush
ip nexthop
ip route
