# Two "hosts" as namespaces on one underlay veth; a VXLAN tunnel joins a bridge on each, containers on both
set -e
ip netns add host1; ip netns add host2
ip link add eth0 netns host1 type veth peer name eth0 netns host2
ip -n host1 addr add 192.168.56.11/24 dev eth0
ip -n host2 addr add 192.168.56.12/24 dev eth0
for h in 1 2; do
  ip -n host$h link set lo up; ip -n host$h link set eth0 up
  ip -n host$h link add br0 type bridge
  ip -n host$h link set br0 up
  ip -n host$h link add vxlan100 type vxlan id 100 local 192.168.56.1$h dstport 4789 dev eth0
  ip -n host$h link set vxlan100 master br0 up
  ip netns add ctr$h
  ip -n host$h link add veth-c$h type veth peer name eth0 netns ctr$h
  ip -n host$h link set veth-c$h master br0 up
  ip -n ctr$h addr add 10.200.0.$h/24 dev eth0
  ip -n ctr$h link set eth0 up; ip -n ctr$h link set lo up
done
# head-end replication: an all-zeros fdb entry per remote VTEP
bridge -n host1 fdb append 00:00:00:00:00:00 dev vxlan100 dst 192.168.56.12
bridge -n host2 fdb append 00:00:00:00:00:00 dev vxlan100 dst 192.168.56.11
ip -n host1 -d link show vxlan100 | sed -n 3p | awk '{print $1,$2,$3,$4,$5,$6,$7,$8,$9,$10}'
ip netns exec ctr1 ping -c 3 -i 0.2 10.200.0.2 | sed 's/time=[0-9.]* ms//' | grep -v rtt
mac2=$(ip netns exec ctr2 cat /sys/class/net/eth0/address)
echo "--- host1 learned ctr2's MAC behind the tunnel"
bridge -n host1 fdb show | grep "^$mac2" | sed "s/$mac2/CTR2/; s/ *$//" | sort
bridge -n host1 fdb show dev vxlan100 | grep '^00:00:00:00:00:00'
ip -n ctr1 link show eth0 | head -1 | grep -o 'mtu [0-9]*'
ip -n host1 link show vxlan100 | head -1 | grep -o 'mtu [0-9]*'
