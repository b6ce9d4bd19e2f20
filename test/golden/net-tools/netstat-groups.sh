# netstat -g: the IPv4 then IPv6 multicast memberships (/proc/net/igmp,
# /proc/net/igmp6); -4/-6 pick one family and, as a protocol family, also
# list the (here empty) socket table; -A inet likewise.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip addr add 10.90.0.1/24 dev v0
ip link set v0 up
ip link set lo up
netstat -gn; echo rc=$?
netstat -g -4
netstat -gn -6
netstat --groups -A inet
ip -n a link set v1 up
ip -n a maddr add 01:00:5e:01:02:03 dev v1
ip netns exec a netstat -gn
ip netns exec a netstat -g -n -t
ip netns exec a sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ip netns exec a netstat -ng
