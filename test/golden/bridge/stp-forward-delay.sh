ip link add br0 type bridge stp_state 1 forward_delay 400
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
ip link set br0 up
ip link set veth0 up
ip link set veth1 up
bridge link show dev veth0
sleep 1
bridge link show dev veth0
sleep 4.5
bridge link show dev veth0
sleep 4.5
bridge link show dev veth0
ip -d link show veth0 | grep -o 'state [a-z]*' | head -2
