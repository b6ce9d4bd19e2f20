# Two namespaces on a bridge: after a ping the bridge has learned both
# containers' addresses on their ports (IPv6 off in the namespaces, so only
# ARP and ICMP teach it), listed newest first; -s shows their timers.
ip link add br0 type bridge
ip link set br0 up
for n in 0 1; do
  ip netns add ns$n
  ip netns exec ns$n sysctl -qw net.ipv6.conf.all.disable_ipv6=1
  ip link add veth$n type veth peer name eth0 netns ns$n
  ip link set veth$n master br0
  ip link set veth$n up
  ip -n ns$n addr add 10.0.0.1$n/24 dev eth0
  ip -n ns$n link set eth0 up
done
sleep 2
bridge fdb show br br0 dynamic
ip netns exec ns0 ping -c 1 10.0.0.11 > /dev/null; echo "ping status $?"
bridge fdb show br br0 dynamic
bridge -s fdb show br br0 dynamic
ip netns exec ns0 ip link show eth0 | grep -o 'link/ether [^ ]*'
ip netns exec ns1 ip link show eth0 | grep -o 'link/ether [^ ]*'
