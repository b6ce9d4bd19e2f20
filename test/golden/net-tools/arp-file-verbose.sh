# arp -s/-d/-e/-a/-i/-v, a bad hardware address, arp -f with an ethers file (comments, temp, a bad line), -H ax25, a bad option.
ip link add veth0 type veth peer name veth1
ip link set veth0 address 02:00:00:00:00:01
ip link set veth1 address 02:00:00:00:00:02
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up; ip link set veth1 up
arp -s 10.0.0.5 02:11:22:33:44:55; echo rc=$?
arp -i veth0 -s 10.0.0.6 02:11:22:33:44:66 temp; echo rc=$?
arp -n
arp -a
arp -e
arp -ni veth0
arp -i veth1 -n; echo rc=$?
arp -n 10.0.0.5
arp -n 10.0.0.99; echo rc=$?
arp -d 10.0.0.5; echo rc=$?
arp -d 10.0.0.5; echo rc=$?
arp -s 10.0.0.7 zz:11; echo rc=$?
arp -s 10.9.9.9 02:11:22:33:44:55; echo rc=$?
arp -v -n
printf '10.0.0.20 02:00:00:00:00:20\n# c\n10.0.0.21 02:00:00:00:00:21 temp\nbad line\n' > /tmp/ethers.X
arp -f /tmp/ethers.X; echo rc=$?
arp -n
rm -f /tmp/ethers.X
arp -H ax25 -n; echo rc=$?
arp -x; echo rc=$?
