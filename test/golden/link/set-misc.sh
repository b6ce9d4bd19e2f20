ip link add veth0 type veth peer name veth1
ip link set veth0 txqueuelen 500
ip link set veth0 alias "my alias"
ip link set veth0 arp off
ip link set veth0 promisc on
ip link set veth0 up
ip link show veth0
ip -d link show veth0
ip link set veth0 promisc off arp on
ip link show veth0
