ip link add veth0 type veth peer name veth1
ip addr add 10.180.0.1/24 dev veth0
ip link set veth0 up; ip link set veth1 up
ip route add default via 10.180.0.254 table 100
ip rule add from 10.180.0.0/24 table 100 priority 1000
ip rule add fwmark 0x10 lookup 100
ip rule
ip -j rule show | head -c 200; echo
ip route show table 100
ip route get 8.8.8.8 from 10.180.0.1
ip route get 8.8.8.8 mark 0x10
ip route get 8.8.8.8; echo rc=$?
ip rule del priority 1000
ip rule del fwmark 0x10 lookup 100
ip rule show
ip route flush table 100
ip route show table 100; echo rc=$?
