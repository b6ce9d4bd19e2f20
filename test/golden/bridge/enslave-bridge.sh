# br_add_if(): a bridge cannot be a port (ELOOP), but a bridge whose last port
# left has address 00:00:00:00:00:00, which fails the address check (EINVAL) first.
ip link add br0 type bridge
ip link set br0 master br0; echo rc=$?
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
ip link set br0 master br0; echo rc=$?
ip link set veth0 nomaster
ip link set br0 master br0; echo rc=$?
ip -d link show br0 | grep -o "addrgenmode.*" | head -1
ip link add br1 type bridge
ip link set br1 master br0; echo rc=$?
