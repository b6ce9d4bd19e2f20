# The qdisc each device gets when it comes up (dev_activate/attach_default_qdiscs): noqueue for the
# IFF_NO_QUEUE drivers (lo, veth, bridge, macvlan, vxlan), pfifo_fast for ifb and tap, mq over several
# real tx queues, noqueue when pfifo_fast cannot be made (txqueuelen 0); `ip link` shows the same kind.
ip link add v0 type veth peer name v1
ip link add br0 type bridge
ip link add ifb0 type ifb
ip tuntap add tap0 mode tap
ip link add mv0 link v0 type macvlan
ip link add vx0 type vxlan id 5 dstport 4789
tc qdisc show
echo "rc=$?"
ip link show | grep -o "^[0-9]*: [^:]*: .* qdisc [a-z_]*"
for d in lo v0 v1 br0 ifb0 tap0 mv0 vx0; do ip link set $d up; done
tc qdisc show
ip link show | grep -o "^[0-9]*: [^:]*: .* qdisc [a-z_]* state [A-Z]*"
tc -j qdisc show dev ifb0
tc -p -j qdisc show dev lo
ip -j link show ifb0 | grep -o '"qdisc":"[a-z_]*"'
ip link set tap0 down; ip link set ifb0 down
tc qdisc show dev ifb0
ip link show ifb0 | grep -o "qdisc [a-z_]* state [A-Z]*"
ip link add ifb1 numtxqueues 4 type ifb
ip link set ifb1 up
tc qdisc show dev ifb1
tc class show dev ifb1
tc -s class show dev ifb1 classid 1:2
ip link add ifb2 type ifb
ip link set ifb2 txqueuelen 0
ip link set ifb2 up
tc qdisc show dev ifb2
ip link show ifb2 | grep -o "qdisc [a-z_]* state [A-Z]*"
tc qdisc add dev ifb2 root handle 2: pfifo
tc qdisc show dev ifb2
ip link set dev v0 txqueuelen 0
ip link set v0 down; ip link set v0 up
tc qdisc show dev v0
