# STP loop of two bridges: port states over time, showstp of the non-root bridge, the root moving when its priority changes
ip link add br0 type bridge stp_state 1 forward_delay 400 priority 4096
ip link add br1 type bridge stp_state 1 forward_delay 400
ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:02:01
ip link add a2 address 02:00:00:00:01:02 type veth peer name b2 address 02:00:00:00:02:02
ip link set a1 master br0; ip link set a2 master br0
ip link set b1 master br1; ip link set b2 master br1
for d in br0 br1 a1 a2 b1 b2; do ip link set $d up; done
sleep 1
bridge link
sleep 10
bridge link
brctl showstp br1 | sed 's/timer[ \t]*[0-9.]*/timer X/g'
ip -d link show br1 | grep -o 'root_port [0-9]* root_path_cost [0-9]*'
brctl setbridgeprio br1 0
sleep 2
brctl show
cat /sys/class/net/br0/bridge/root_port /sys/class/net/br1/bridge/root_port
bridge link
