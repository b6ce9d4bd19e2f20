# ip monitor netconf: each device's IPv4 and IPv6 configuration announced at
# registration (every attribute) and withdrawn ("Deleted") at unregistration;
# a sysctl write that changes forwarding, rp_filter, proxy_arp/proxy_ndp or
# ignore_routes_with_linkdown announces that attribute (nothing when the value
# stays); ip_forward and conf.all.forwarding announce all, default and each
# device (IPv6: only devices whose value changed, all last). -6 and dev filter.
ip link add d0 type veth peer name d1
ip monitor netconf > /tmp/m1 &
ip -6 monitor netconf > /tmp/m2 &
ip monitor netconf dev d0 > /tmp/m3 &
sleep 0.3
sysctl -qw net.ipv4.conf.d0.forwarding=1
sysctl -qw net.ipv4.conf.d0.rp_filter=2
sysctl -qw net.ipv4.conf.d0.proxy_arp=1
sysctl -qw net.ipv4.conf.d0.ignore_routes_with_linkdown=1
sysctl -qw net.ipv6.conf.d0.forwarding=1
sysctl -qw net.ipv6.conf.d0.proxy_ndp=1
sysctl -qw net.ipv4.ip_forward=1
sysctl -qw net.ipv4.conf.all.rp_filter=1
sysctl -qw net.ipv4.conf.default.forwarding=0
sysctl -qw net.ipv6.conf.all.forwarding=1
sysctl -qw net.ipv4.conf.d0.forwarding=1
sysctl -qw net.ipv6.conf.default.proxy_ndp=1
sysctl -qw net.ipv4.conf.all.forwarding=0
ip link add d2 type veth peer name d3
ip link del d2
sleep 0.3
kill %1 %2 %3; wait
echo "--- netconf"
cat /tmp/m1
echo "--- -6"
cat /tmp/m2
echo "--- dev d0"
cat /tmp/m3
