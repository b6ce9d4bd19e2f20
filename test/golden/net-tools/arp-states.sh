ip netns add a
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.11.0.1/24 dev veth0
ip -n a addr add 10.11.0.2/24 dev veth1
ip link set veth0 up
ip -n a link set veth1 up
arp -n
ping -c 1 -W 1 10.11.0.2 >/dev/null
ping -c 1 -W 1 10.11.0.3 >/dev/null
arp -n
arp -an
arp -n -i veth0
arp -n 10.11.0.2
arp -n 10.11.0.9; echo rc=$?
arp -s 10.11.0.50 02:00:00:00:00:50
arp -n
arp -d 10.11.0.50
arp -d 10.11.0.51; echo rc=$?
arp -e -n
