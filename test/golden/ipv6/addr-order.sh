# A device's IPv6 addresses are kept by source scope, widest first (global,
# site, link, host), the newest first within a scope (ipv6_link_dev_addr);
# fec0::/10 is "scope site". IPv4's stay in insertion order (primaries first).
ip link add v0 type veth peer name v1
ip addr add 2001:db8::1/64 dev v0
ip addr add 2001:db8::2/64 dev v0
ip addr add fd00::1/64 dev v0
ip addr add fe80::5/64 dev v0
ip addr add fec0::1/64 dev v0
ip link set v0 up
ip addr add 2001:db8::3/64 dev v0
ip -6 addr show dev v0
ip addr add ::1/128 dev lo
ip addr add 2001:db8:9::1/64 dev lo
ip link set lo up
ip -6 addr show dev lo
ip addr add 10.0.0.1/24 dev v0
ip addr add 10.0.0.2/24 dev v0
ip addr add 10.1.0.1/16 dev v0
ip -4 addr show dev v0
ip -o addr show dev v0
ip link set v1 up
sleep 3
ip addr add 2001:db8:1::1/64 dev v1 nodad
ip addr show dev v1
ip -br -6 addr show dev v1
ip -6 addr del 2001:db8::2/64 dev v0
ip addr add 2001:db8::2/64 dev v0 nodad
ip -6 -o addr show dev v0 scope global
ip -6 addr show dev v0 scope site
