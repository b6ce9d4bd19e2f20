# Multipath syntax and kernel errors, duplicates, append/replace, deletion by
# first nexthop or by the whole list.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth2
ip link set veth0 up; ip link set veth1 up; ip link set veth2 up; ip link set veth3 up
sleep 0.2
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 weight 0 nexthop via 10.0.1.2; echo $?
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 weight 257 nexthop via 10.0.1.2; echo $?
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 weight x; echo $?
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 nexthop; echo $?
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 foo; echo $?
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 dev nosuch; echo $?
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 dev; echo $?
ip route add 192.168.0.0/16 nexthop via bad; echo $?
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 realms zz; echo $?
ip route add 192.168.0.0/16 nexthop via 10.5.0.2 nexthop via 10.0.1.2; echo $?
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 dev veth2 nexthop via 10.0.1.2; echo $?
ip route add 192.168.0.0/16 nexthop dev veth0 nexthop via 10.0.1.2 onlink; echo $?
ip route add blackhole 192.168.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.1.2; echo $?
ip route add 192.168.0.0/16 scope host nexthop dev veth0 nexthop dev veth2; echo $?
ip route add 192.168.0.0/16 dev veth2 nexthop via 10.0.0.2 nexthop via 10.0.1.2; echo $?
ip route add 192.168.0.0/16 via 10.0.1.2 nexthop via 10.0.0.2 nexthop via 10.0.1.2; echo $?
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.1.2; echo $?
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.1.2; echo $?
ip route add 192.168.0.0/16 nexthop via 10.0.1.2 nexthop via 10.0.0.2; echo $?
ip route append 192.168.0.0/16 nexthop via 10.0.1.2 nexthop via 10.0.0.2; echo $?
ip route append 192.168.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.1.2; echo $?
ip route prepend 192.168.0.0/16 via 10.0.0.9; echo $?
ip route
ip route del 192.168.0.0/16 nexthop via 10.0.1.2 nexthop via 10.0.0.2; echo $?
ip route
ip route del 192.168.0.0/16 via 10.0.1.2; echo $?
ip route del 192.168.0.0/16 via 10.0.0.2; echo $?
ip route
ip route replace 192.168.0.0/16 nexthop via 10.0.0.2 weight 5 nexthop via 10.0.1.2 weight 7; echo $?
ip route
ip route change 192.168.0.0/16 nexthop via 10.0.0.2 nexthop dev veth2; echo $?
ip route
ip route del 192.168.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.0.3; echo $?
ip route del 192.168.0.0/16 nexthop dev veth0 nexthop dev veth2; echo $?
ip route
ip route add 10.50.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.1.2
ip route flush 10.50.0.0/16; echo $?
ip route
