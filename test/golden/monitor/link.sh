# ip monitor link in the background: a veth pair announced at creation (the
# peer first, "@NONE": its partner is not registered yet), each end's up
# (the flags message before NETDEV_UP, NO-CARRIER until linkwatch runs),
# the carrier both ends gain (linkwatch's NETDEV_CHANGE), mtu/address/name
# changes (rtnetlink_event), promisc (a flags change), down (the peer's
# carrier loss after the close), deletion (both closed, then each DELLINK,
# qdisc noop, "@NONE" once veth_dellink unpaired them). -o on one line,
# dev filters, label prefixes [LINK].
ip link add d0 type veth peer name d1
ip monitor link > /tmp/m1 &
ip -o monitor link dev d0 > /tmp/m2 &
ip monitor label link > /tmp/m3 &
sleep 0.3
ip link add d9 type veth peer name d8
ip link set d0 up
ip link set d1 up
sleep 1.5
ip link set d0 mtu 1400
ip link set d0 address 02:00:00:00:00:01
ip link set d1 name e1
ip link set d0 promisc on
ip link set d0 promisc off
ip link set e1 down
ip link set e1 up
sleep 1.5
ip link del d0
sleep 0.3
kill %1 %2 %3; wait
echo "--- link"
cat /tmp/m1
echo "--- -o dev d0"
cat /tmp/m2
echo "--- label"
cat /tmp/m3
ip monitor link dev nosuch; echo "status $?"
