# A veth whose peer is down has no carrier: linkwatch leaves noop_qdisc on its
# tx queue, which counts each frame as a tx drop on the sender (never reaching
# veth_xmit, so nothing on the peer).
ip link add va type veth peer name vb
ip addr add 10.0.0.1/24 dev va
ip link set va up
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev va
ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep -v time
ip -s link show va
ip -s link show vb
grep -E " va:| vb:" /proc/net/dev
ip -s -s link show vb | grep -A1 "RX errors"
