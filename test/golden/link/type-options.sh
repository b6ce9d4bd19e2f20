ip link add v0 type veth foo; echo rc=$?
ip link add x0 type nosuch foo; echo rc=$?
ip link add br0 type bridge foo; echo rc=$?
ip link add br0 type bridge forward_delay 500 ageing_time 1000 stp_state 1
ip -d link show br0
