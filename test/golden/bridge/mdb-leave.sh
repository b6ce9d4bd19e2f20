# A container's address joins its solicited-node group (an MLD report: the
# bridge enters it for the port); deleting the address leaves the group (a
# report with an empty INCLUDE record): without a querier the port group
# lives on for last_member_count x last_member_interval (2 s), then goes.
ip link add br0 type bridge
ip link set br0 up
ip netns add c1
ip link add v1 type veth peer name eth0 netns c1
ip link set v1 master br0
ip link set v1 up
ip -n c1 link set eth0 up
sleep 2
ip -n c1 addr add 2001:db8::1234/64 dev eth0 nodad
sleep 1
bridge mdb show dev br0 | grep ff02::1:ff00:1234
ip -n c1 addr del 2001:db8::1234/64 dev eth0
sleep 0.5
echo --- just after the leave
bridge mdb show dev br0 | grep ff02::1:ff00:1234
bridge -s mdb show | grep ff02::1:ff00:1234 | sed -E 's/ +[0-9]\.[0-9]{2}$/ <2s/'
sleep 3
echo --- 3 s later
bridge mdb show dev br0 | grep ff02::1:ff00:1234
echo end
