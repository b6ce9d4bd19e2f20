ip link add v0 type veth peer name v1
ip -6 addr show dev v0
sysctl -w net.ipv6.conf.v0.addr_gen_mode=1
ip -6 addr show dev v0
sysctl -w net.ipv6.conf.v0.addr_gen_mode=0
ip -6 addr show dev v0
sysctl -w net.ipv6.conf.v0.stable_secret=::1
sysctl -w net.ipv6.conf.v0.addr_gen_mode=2
ip -6 addr show dev v0
ip link set v0 up
ip -6 addr show dev v0
ip link set v1 up
sleep 2
ip -6 addr show dev v0
sysctl -w net.ipv6.conf.v1.addr_gen_mode=3
ip -6 addr show dev v1 | sed 's/fe80::[0-9a-f:]*/LL/'
ip link set v1 down
sysctl -w net.ipv6.conf.v1.addr_gen_mode=0
ip -6 addr show dev v1
ip link add w0 type veth peer name w1
sysctl -w net.ipv6.conf.w0.stable_secret=::2
sysctl net.ipv6.conf.w0.addr_gen_mode net.ipv6.conf.w1.addr_gen_mode net.ipv6.conf.default.addr_gen_mode
sysctl -w net.ipv6.conf.default.stable_secret=::3
sysctl net.ipv6.conf.w0.addr_gen_mode net.ipv6.conf.w1.addr_gen_mode net.ipv6.conf.default.addr_gen_mode net.ipv6.conf.lo.addr_gen_mode
sysctl -w net.ipv6.conf.all.stable_secret=::4
sysctl -w net.ipv6.conf.w1.disable_ipv6=1
sysctl -w net.ipv6.conf.w1.addr_gen_mode=0
ip -6 addr show dev w1
ip -6 addr show dev lo
sysctl -w net.ipv6.conf.lo.addr_gen_mode=0
ip -6 addr show dev lo
ip link set lo up
ip -6 addr show dev lo
ip link set w1 up
sysctl -w net.ipv6.conf.w1.disable_ipv6=0
ip -6 addr show dev w1
