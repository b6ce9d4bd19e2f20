# ip netconf: the AF_UNSPEC dump (IPv4 then IPv6, devices by ifindex, then
# all and default), -4/-6, the dev filter, the doit path (-j prints text
# there), JSON of the dump, sysctl changes reflected, and bad input.
ip link add v0 type veth peer name v1
ip netconf
ip -4 netconf show dev v0
ip -6 netconf show dev v0
ip netconf show dev lo
ip netconf show dev nope
echo rc=$?
ip -j netconf show dev v0
echo
ip -j -4 netconf show dev v0
ip -6 netconf
sysctl -qw net.ipv4.conf.v0.forwarding=1 net.ipv4.conf.v0.rp_filter=2 net.ipv4.conf.all.proxy_arp=1
sysctl -qw net.ipv6.conf.v1.forwarding=1 net.ipv6.conf.default.proxy_ndp=1 net.ipv4.conf.v1.rp_filter=1
ip -4 netconf show dev v0
ip netconf list dev v1
ip -4 netconf
ip netconf show all
ip netconf show dev default
ip netconf show dev
echo rc=$?
ip netconf foo
echo rc=$?
ip netconf help
echo rc=$?
ip link set v1 mtu 1000
ip -6 netconf
ip -6 netconf show dev v1
echo rc=$?
ip netns add x
ip link set v1 netns x
ip netconf
ip -n x netconf
ip -0 netconf
