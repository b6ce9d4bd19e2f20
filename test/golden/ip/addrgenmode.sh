# addr_gen_mode: `ip link set DEV addrgenmode` (netlink: stored, applied at the
# next configuration) and the sysctl (applied at once); stable-privacy
# link-local addresses from stable_secret (RFC 7217, SHA-1 as the kernel
# computes it: deterministic for a known secret), random mode's own secret,
# and the refusals. Random-mode addresses and secrets are masked by sed.
ip link add v0 type veth peer name v1
ip link set v0 addrgenmode none; echo rc=$?
ip link set v1 addrgenmode random; echo rc=$?
ip -d link show v0 | grep -o "addrgenmode [a-z_]*"
ip -d link show v1 | grep -o "addrgenmode [a-z_]*"
ip link set v0 up; ip link set v1 up
sleep 3
ip -6 addr show | sed 's/fe80::[0-9a-f:]*\/64/RANDOM\/64/'
ip -6 route show dev v0
sysctl net.ipv6.conf.v1.stable_secret | sed 's/= .*/= SECRET/'
ip link set v0 addrgenmode eui64; echo rc=$?
ip -6 addr show dev v0
ip link set v0 down; ip link set v0 up; sleep 3
ip -6 addr show dev v0 | sed 's/fe80::[0-9a-f:]*/LL/'
ip link set lo addrgenmode none; echo rc=$?
ip link set v1 addrgenmode stable_secret; echo rc=$?
ip link set v1 addrgenmode foo; echo rc=$?
ip link add v2 addrgenmode none type veth peer name v3; echo rc=$?
ip -d link show v2
ip link add v4 type veth peer name v5
ip link set v4 addrgenmode stable_secret; echo rc=$?
sysctl net.ipv6.conf.v4.stable_secret; echo rc=$?
sysctl -w net.ipv6.conf.v4.stable_secret=2001:db8::1234:5678; echo rc=$?
sysctl net.ipv6.conf.v4.stable_secret
sysctl -w net.ipv6.conf.v4.stable_secret=foo; echo rc=$?
ip link set v4 addrgenmode stable_secret; echo rc=$?
ip -d link show v4 | grep -o "addrgenmode [a-z_]*"
ip link set v4 up; ip link set v5 up
sleep 2
ip -6 addr show dev v4
sysctl net.ipv6.conf.v4.addr_gen_mode net.ipv6.conf.v5.addr_gen_mode
sysctl -w net.ipv6.conf.v4.addr_gen_mode=1
ip -6 addr show dev v4
sysctl -w net.ipv6.conf.v4.addr_gen_mode=0
ip -6 addr show dev v4 | sed 's/fe80::[0-9a-f:]*/LL/'
sysctl -w net.ipv6.conf.v4.addr_gen_mode=5; echo rc=$?
sysctl -w net.ipv6.conf.default.stable_secret=2001:db8::1
ip link add v6 type veth peer name v7
ip link set v6 addrgenmode stable_secret; ip link set v6 up; ip link set v7 up; sleep 2
ip -6 addr show dev v6
ip link set lo addrgenmode stable_secret; echo rc=$?
ip link set v6 addrgenmode 7; echo rc=$?
