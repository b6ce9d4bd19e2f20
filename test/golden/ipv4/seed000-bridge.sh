# Seed 000's IPv4 part: a bridge configured with ifconfig, a namespace on it,
# pings host->ns, ns->bridge, ns->ns through the bridge.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
brctl addbr lab-br0
ifconfig lab-br0 10.15.10.1 netmask 255.255.255.0
ip netns add lab-ns0
ip link add veth0 type veth peer name veth1
ip link set veth1 netns lab-ns0
ip netns exec lab-ns0 ip link set veth1 name eth0
ip netns exec lab-ns0 ip addr add 10.15.10.2/24 dev eth0
brctl addif lab-br0 veth0
ip netns exec lab-ns0 ip route list
ip route list
ip link set dev veth0 up
ip netns exec lab-ns0 ip link set dev eth0 up
ip netns exec lab-ns0 ip link set dev lo up
ip route list
ping 10.15.10.2 -c 3 -i 0.3
ip netns exec lab-ns0 ping 10.15.10.1 -c 3 -i 0.3
ip netns exec lab-ns0 ping 10.15.10.2 -c 3 -i 0.3
ip netns add lab-ns1
ip link add veth2 type veth peer name veth3
ip link set veth3 netns lab-ns1
ip netns exec lab-ns1 ip link set veth3 name eth0
ip netns exec lab-ns1 ip addr add 10.15.10.3/24 dev eth0
brctl addif lab-br0 veth2
ip link set dev veth2 up
ip netns exec lab-ns1 ip link set dev eth0 up
ip netns exec lab-ns0 ping 10.15.10.3 -c 3 -i 0.3
ifconfig lab-br0 | grep -v packets
