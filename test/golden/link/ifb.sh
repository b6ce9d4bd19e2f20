# ifb (drivers/net/ifb.c, loaded on the recording machine): flags, qdisc, qlen,
# MTU limits, frames it is given counted as received and dropped, ethtool views.
ip link add ifb5 type ifb
ip -d link show ifb5
ip link set ifb5 up
ip addr add 10.9.0.1/24 dev ifb5
ip -s link show ifb5
ping -c 2 -W 1 10.9.0.2 | head -3
ip -s link show ifb5
ip neigh show dev ifb5
ethtool -i ifb5
ethtool ifb5 | head -5
ip link add ifb6 type ifb numtxqueues 4
ip -d link show ifb6 | grep -o "numtxqueues [0-9]*"
ip -6 addr show dev ifb5
ip link set ifb5 mtu 9000; echo rc=$?
ip link set ifb5 mtu 100000; echo rc=$?
ip link show ifb5
ip link del ifb5
ip link add type ifb; ip link show | grep -o "ifb[0-9]*:"
ip link add ifb7 type ifb
echo ==
ethtool ifb7; echo rc=$?
ethtool -S ifb7; echo rc=$?
ethtool -i ifb7
ethtool -T ifb7
