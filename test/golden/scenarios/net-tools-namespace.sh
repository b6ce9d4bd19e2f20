# The net-tools way: ifconfig, route, netstat -rn, arp inside namespaces
ip netns add n1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns n1
ifconfig veth0 172.16.0.1 netmask 255.255.255.0 up
ip netns exec n1 ifconfig veth1 172.16.0.2/24 up
ip netns exec n1 ifconfig lo up
ip netns exec n1 route add default gw 172.16.0.1
ip netns exec n1 route -n
ip netns exec n1 netstat -rn
ip netns exec n1 ping -c 1 172.16.0.1 | grep -c ttl
ip netns exec n1 arp -n
ip netns exec n1 ifconfig veth1 | grep -E 'inet |ether|flags' | sed 's/ether [0-9a-f:]*/ether X/'
ip netns exec n1 ifconfig -s | awk '{print $1, $2}'
ip netns exec n1 route del default
ip netns exec n1 route del default; echo "rc=$?"
ip netns exec n1 route add -net 10.0.0.0 netmask 255.0.0.0 gw 172.16.0.9
ip netns exec n1 route add -net 10.0.0.0/8 dev veth1; echo "rc=$?"
ip netns exec n1 route -n
ip netns exec n1 ifconfig veth9; echo "rc=$?"
ip netns exec n1 ifconfig veth1 down
ip netns exec n1 route -n
ip netns exec n1 ifconfig veth1 mtu 1400 up
ip netns exec n1 ifconfig veth1 | head -1
