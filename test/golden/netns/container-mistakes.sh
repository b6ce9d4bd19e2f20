# mistakes people make while building container networks by hand
ip netns add lab-ns0
ip netns add lab-ns0; echo "exit $?"
ip netns exec lab-ns1 ip a; echo "exit $?"
ip -n lab-ns1 link; echo "exit $?"
ip link add veth0 type veth peer name veth0; echo "exit $?"
ip link add veth0 type veth peer name veth1
ip link add veth0 type veth peer name veth2; echo "exit $?"
ip link set veth1 netns lab-ns1; echo "exit $?"
ip link set veth1 netns lab-ns0
ip link set veth1 up; echo "exit $?"
ip -n lab-ns0 link set veth1 name eth0
ip -n lab-ns0 link set eth0 up
ip -n lab-ns0 link set eth0 name eth1; echo "exit $?"
ip -n lab-ns0 addr add 10.15.10.2/24 dev eth0
ip -n lab-ns0 addr add 10.15.10.2/24 dev eth0; echo "exit $?"
ip -n lab-ns0 addr add 10.15.10.2/16 dev eth0; echo "exit $?"
ip -n lab-ns0 addr del 10.15.10.9/24 dev eth0; echo "exit $?"
ip -n lab-ns0 route add default via 10.15.10.1; echo "exit $?"
ip -n lab-ns0 route add default via 10.16.0.1; echo "exit $?"
ip -n lab-ns0 route add default via 10.15.10.1; echo "exit $?"
ip -n lab-ns0 route del 10.99.0.0/16; echo "exit $?"
ip netns exec lab-ns0 ping -c 1 -W 1 8.8.8.8; echo "exit $?"
ip netns exec lab-ns0 ping -c 1 -W 1 10.15.10.1; echo "exit $?"
ip link add lab-br0 type bridge
ip link set veth0 master lab-br0
ip link add br1 type bridge
ip link set veth0 master br1; echo "exit $?"
ip link set lab-br0 master br1; echo "exit $?"
ip link set lo master lab-br0; echo "exit $?"
brctl addif lab-br0 veth0; echo "exit $?"
brctl addif lab-br0 nosuch; echo "exit $?"
brctl addbr lab-br0; echo "exit $?"
ip link set lab-br0 up
brctl delbr lab-br0; echo "exit $?"
ip link set lab-br0 netns lab-ns0; echo "exit $?"
ip link set lo netns lab-ns0; echo "exit $?"
ip link del veth1; echo "exit $?"
ip link del nosuch; echo "exit $?"
ip link add link veth0 name mv0 type macvlan mode bridge
ip link set veth0 netns lab-ns0; echo "exit $?"
ip link add link mv0 name mv1 type macvlan; echo "exit $?"
ip link add link lab-br0 name mv2 type macvlan mode private; echo "exit $?"
ip link add mv3 type macvlan; echo "exit $?"
ip link add link veth0 name mv4 type macvlan mode nosuch; echo "exit $?"
ip netns del lab-ns9; echo "exit $?"
ip netns delete lab-ns0; echo "exit $?"
ip link show veth0; echo "exit $?"
ip netns list
ifconfig lab-br0 10.15.10.1 netmask 255.255.255.0
ifconfig lab-br0 10.15.10.1 netmask 255.255.0.255; echo "exit $?"
ifconfig nosuch up; echo "exit $?"
route add default gw 10.20.0.1; echo "exit $?"
route add -net 10.30.0.0 netmask 255.255.0.0 dev nosuch; echo "exit $?"
route add -net 10.30.0.1 netmask 255.255.0.0 dev lab-br0; echo "exit $?"
