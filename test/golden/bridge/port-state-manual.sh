# bridge link set state 0..4 without STP: disabled stays disabled (no carrier check), blocking goes forwarding, 5 is EINVAL, EBUSY under STP.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
ip link set v0 up; ip link set v1 up; ip link set br0 up
sleep 0.2
bridge link show dev v0
for s in 0 1 2 3 4; do bridge link set dev v0 state $s; bridge link show dev v0 | grep -o 'state [a-z]*'; done
bridge link set dev v0 state 5; echo $?
bridge link set dev v0 guard on root_block on fastleave on cost 7 priority 9
bridge -d link show dev v0
ip link set br0 type bridge stp_state 1
bridge link set dev v0 state 0; echo $?
bridge link show dev v0
ip link set v0 type bridge_slave state 3; echo $?
ip -d link show v0 | grep -o 'state [a-z]* priority [0-9]* cost [0-9]*'
