ip link add br0 type bridge
ip link add veth0 address 02:00:00:00:00:09 type veth peer name veth1 address 02:00:00:00:00:05
ip link set veth0 master br0
ip link show br0
ip link set veth1 master br0
ip link show br0
ip link set veth1 nomaster
ip link set veth0 nomaster
ip link show br0
ip link set br0 address 02:00:00:00:00:01
ip link set veth0 master br0
ip link show br0
