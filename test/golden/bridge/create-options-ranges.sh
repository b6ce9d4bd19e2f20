ip link add veth0 type veth peer veth1; echo rc=$?
ip link add v2 type veth peer name; echo rc=$?
ip link add type veth; echo rc=$?
ip -br link
ip link del veth1; echo rc=$?
ip link del dev veth0; echo rc=$?
ip -br link
ip link add br0 type bridge forward_delay 200 hello_time 100 max_age 600 ageing_time 1000 priority 1000 stp_state 0
ip -d link show br0 | grep -o 'forward_delay [0-9]* hello_time [0-9]* max_age [0-9]* ageing_time [0-9]* stp_state [0-9]* priority [0-9]*'
ip link add br1 type bridge forward_delay 100; echo rc=$?
ip link add br2 type bridge hello_time 50; echo rc=$?
ip link add br3 type bridge max_age 100; echo rc=$?
ip link add br4 type bridge priority 70000; echo rc=$?
ip link add br5 type bridge ageing_time 5; echo rc=$?
ip link set br0 type bridge stp_state 1 forward_delay 100; echo rc=$?
ip -d link show br0 | grep -o 'forward_delay [0-9]*\|stp_state [0-9]'
