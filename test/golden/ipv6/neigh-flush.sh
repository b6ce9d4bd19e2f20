# ip -6 neigh flush takes only the IPv6 entries; ip neigh flush both.
ip link add veth0 type veth peer name veth1
ip link set veth0 address 02:00:00:00:00:01
ip link set veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip -6 addr add 2001:db8::1/64 dev veth0 nodad
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev veth0
ping -c 1 -q -W 1 2001:db8::9 >/dev/null; echo "rc=$?"
ip neigh show dev veth0 | grep -v fe80
ip -6 neigh flush dev veth0
ip neigh show dev veth0 | grep -v fe80
ping -c 1 -q -W 1 2001:db8::9 >/dev/null; echo "rc=$?"
ip -s -6 neigh flush dev veth0 nud incomplete
ip neigh flush dev veth0
ip neigh show dev veth0
