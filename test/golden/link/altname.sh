# ip link property add|del altname: lookups, clashes, moves, limits (iproute2 6.1 iplink_prop, kernel rtnl_linkprop)
ip link add veth2 type veth peer veth3
ip link property add dev veth2 altname v2alt
ip link property add dev veth2 altname v2alt; echo "dup $?"
ip link property add dev veth3 altname v2alt; echo "dup2 $?"
ip link property add dev veth3 altname veth2; echo "name $?"
ip link property add dev veth2 altname another altname third; echo "multi $?"
ip link show v2alt
ip link show veth2
ip -br link show v2alt
ip -o link show dev third
ip -j link show veth2
ip link set v2alt mtu 1400; ip link show veth2 | head -1
ip addr add 10.1.1.1/24 dev v2alt; ip addr show third
ip link property del dev veth2 altname another; ip link show veth2
ip link property del dev veth2 altname nosuch; echo "del $?"
ip link property add dev veth2 altname $(printf 'x%.0s' $(seq 1 130)); echo "long $?"
ip link property add dev veth2 altname $(printf 'y%.0s' $(seq 1 127)); echo "127 $?"
ip link property add dev veth2 altname 'a b'; echo "space $?"
ip link property add dev veth2 altname 'a/b'; echo "slash $?"
ip link property add dev veth2; echo "none $?"
ip link property add veth2 altname z1; echo "nodev $?"
ip link property; echo "bare $?"
ip link property help; echo "help $?"
ip link property add dev nosuch altname q; echo "nosuchdev $?"
ip link set veth2 name veth9; ip link show v2alt | head -3
ip link add v2alt type veth peer name p9; echo "addclash $?"
ip link set veth3 name third; echo "renclash $?"
ip netns add n1; ip link set veth9 netns n1; ip -n n1 link show v2alt | head -3
ip -n n1 link del v2alt; ip link show; echo ok
