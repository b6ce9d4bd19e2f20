sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip a a 10.130.0.1/24 dev veth0
ip l s veth0 up; ip l s veth1 up
ip r a 10.131.0.0/16 via 10.130.0.2
ip r s
ip a s dev veth0
ip -4 -br a
ip n a 10.130.0.9 lladdr 02:00:00:00:00:09 dev veth0
ip n s
ip -h -s link show veth0
ip -s -h -s link show lo
ip -iec -s link show lo
hostname -I
hostname
arp -a
ip r g 10.131.5.5
