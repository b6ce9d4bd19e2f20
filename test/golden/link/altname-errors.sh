# altnames: partial adds, primary/foreign deletes, policy limit, netns move clash, notify only when up
ip link add veth2 type veth peer veth3
ip link property add dev veth2 altname 'a:b'; echo "colon $?"
ip link property add dev veth2 altname . ; echo "dot $?"
ip link property del dev veth2 altname veth2; echo "delprimary $?"
ip link property del dev veth2 altname veth3; echo "delother $?"
ip link property add dev veth2 altname ok1 altname veth3 altname ok2; echo "partial $?"
ip link show veth2
ip link property add dev veth2 altname $(printf 'y%.0s' $(seq 1 128)); echo "128 $?"
ip netns add n1
ip -n n1 link add q1 type veth peer q2
ip link property add dev veth3 altname q1; ip link set veth3 netns n1; echo "moveclash $?"
ip link show veth3 | head -3
ip monitor link & sleep 0.2
ip link property add dev veth2 altname mon1
ip link property del dev veth2 altname mon1
sleep 0.2; kill %1
ip link property add dev veth2 altname "$(printf 'z%.0s' $(seq 1 20))"; ip -br link show veth2
ip link show | grep -c altname
ip link del veth2; ip link show ok1; echo "gone $?"
ip link add x1 type veth peer x2
ip link property add dev x1 altname x1alt
ip link set x1alt up; ip link set x2 up; ip -br link
ip -o -4 addr show dev x1alt; ip addr add 1.2.3.4/32 dev x1alt; ip -br addr show x1alt
ip route add 5.5.5.0/24 dev x1alt; ip route
ip link set x1 master x1alt; echo "selfmaster $?"
ip link set x2 name x1alt; echo "renamealt $?"
ip link add name x1alt type veth peer x3; echo "addalt $?"
ip link add name x4 type veth peer x1alt; echo "peeralt $?"
