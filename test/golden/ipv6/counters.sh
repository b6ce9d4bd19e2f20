# What bring-up sends by itself, counted: within 3.5 s each end of a veth pair
# sends two MLD reports from ::, one DAD solicitation, two MLD reports from
# its link-local address and one router solicitation (6 packets, 516 bytes),
# and receives the same from its peer. veth counts no multicast.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
sleep 3.5
ip -s link show veth0
ip -s -s link show veth1
cat /proc/net/dev
