# Port priority on the root bridge decides which of two parallel links the other bridge uses.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add br0 address 02:00:00:00:00:01 type bridge
ip link add br1 address 02:00:00:00:00:02 type bridge
ip link add a1 address 02:00:00:00:0a:01 type veth peer name b1 address 02:00:00:00:0b:01
ip link add a2 address 02:00:00:00:0a:02 type veth peer name b2 address 02:00:00:00:0b:02
ip link set a1 master br0; ip link set a2 master br0
ip link set b1 master br1; ip link set b2 master br1
brctl stp br0 on
brctl stp br1 on
brctl setfd br0 4
brctl setfd br1 4
for d in br0 br1 a1 a2 b1 b2; do ip link set $d up; done
sleep 9
bridge link set dev a2 priority 16
sleep 3
bridge link show dev b1
bridge link show dev b2
ip -d -j link show b2 | grep -o '"designated_port":[0-9]*,"designated_cost":[0-9]*'
cat /sys/class/net/b2/brport/designated_port /sys/class/net/b2/brport/designated_root
brctl showstp br0 | grep -A1 '^a'
sleep 9
bridge link
ip -d link show br1 | grep -o 'root_port [0-9]*'
brctl setportprio br1 b1 8
brctl setpathcost br1 b1 1
sleep 1
ip -d link show br1 | grep -o 'root_port.*root_path_cost [0-9]*'
bridge link show dev b1
