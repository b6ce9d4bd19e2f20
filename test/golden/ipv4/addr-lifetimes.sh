ip link add veth0 type veth peer name veth1
ip addr add 10.40.0.1/24 dev veth0 valid_lft 100 preferred_lft 50
ip addr add 10.40.1.1/24 dev veth0 valid_lft 20 preferred_lft 10
ip addr show dev veth0
sleep 15
ip addr show dev veth0
ip -4 addr show dev veth0 deprecated
ip -4 addr show dev veth0 dynamic
ip -4 addr show dev veth0 permanent
sleep 10
ip addr show dev veth0
ip route
ip addr change 10.40.0.1/24 dev veth0 valid_lft forever preferred_lft forever
ip addr show dev veth0
ip addr add 10.40.2.1/24 dev veth0 valid_lft 10 preferred_lft 20; echo rc=$?
