ip link add veth0 address 00:11:22:33:44:55 mtu 9000 type veth peer name veth1 address 00:11:22:33:44:66 mtu 1400
ip link
ip link add veth2 txqueuelen 100 type veth peer name veth3
ip link show veth2
ip link show veth3
ip link add up0 up type veth peer name up1
ip link show up0
