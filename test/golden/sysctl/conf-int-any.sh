# The devinet conf keys (rp_filter, arp_ignore, arp_announce) are plain
# proc_dointvec: any int is stored; ip_no_pmtu_disc is a u8 (0..255);
# ip_default_ttl and hop_limit keep their 1..255 range.
ip link add v0 type veth peer name v1
for k in net.ipv4.conf.v0.arp_ignore net.ipv4.conf.all.arp_ignore net.ipv4.conf.v0.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.v0.arp_announce net.ipv4.ip_no_pmtu_disc net.ipv4.ip_default_ttl net.ipv6.conf.v0.hop_limit; do
  for v in 9 -1 300 256 0; do sysctl -w $k=$v 2>&1; done
done
echo 12 > /proc/sys/net/ipv4/conf/v0/rp_filter; cat /proc/sys/net/ipv4/conf/v0/rp_filter
# arp_ignore 8: no ARP replies at all on that device
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.9.0.1/24 dev va; ip -n a link set va up
ip -n b addr add 10.9.0.2/24 dev vb; ip -n b link set vb up
ip netns exec b sysctl -qw net.ipv4.conf.vb.arp_ignore=8
ip netns exec a ping -c1 -W1 10.9.0.2 | grep -c ' 0 received'
ip -n a neigh show 10.9.0.2
ip netns exec b sysctl -qw net.ipv4.conf.vb.arp_ignore=9
ip netns exec a ping -c1 -W1 10.9.0.2 | grep -c ' 1 received'
