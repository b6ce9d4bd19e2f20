# Seed 003 (shared/seeds/003_77bbb38955d21e03.txt), section 三: a bridge made
# with iproute2 takes its first port's MAC; once veth0 is enslaved, `ping -I
# veth0` fails although the ARP replies come back (the bridge hands them to
# mbr0, not veth0); giving mbr0 the address fixes it.
# Adapted: as in the article's own captures (tcpdump in namespace test-yao),
# veth1 lives in the namespace test-yao. The captures are limited to ARP
# (`arp` filter, -c) so IPv6 background traffic (router solicitations, MLD)
# cannot race into them; ifconfig's packet counters are not printed for the
# same reason. ping gets -c instead of the article's ^C, and -W 0.5 so it ends
# (at 2.5 s) before ARP gives up (3 s) and reports "Destination Host Unreachable".
ip link add name mbr0 type bridge
ip link set mbr0 up
ifconfig mbr0 | grep -v packets

ip netns add test-yao
ip link add veth0 type veth peer name veth1
ip link set veth1 netns test-yao
ip addr add 10.1.1.100/24 dev veth0
ip netns exec test-yao ip addr add 10.1.1.101/24 dev veth1
ip link set veth0 up
ip netns exec test-yao ip link set veth1 up
ip link show veth0
ip link set dev veth0 master mbr0
ifconfig mbr0 | grep -v packets
bridge link
ip route

timeout 10 tcpdump -n -i veth0 -v -c 6 arp > veth0.txt 2>&1 &
ip netns exec test-yao timeout 10 tcpdump -n -i veth1 -c 6 arp > veth1.txt 2>&1 &
timeout 10 tcpdump -n -i mbr0 -c 3 arp > mbr0.txt 2>&1 &
sleep 1
ping -c 3 -W 0.5 10.1.1.101 -I veth0
wait
cat veth0.txt veth1.txt mbr0.txt

ip addr add 10.1.1.100/24 dev mbr0
route -n
ip addr del 10.1.1.100/24 dev veth0
ip route
ping -c 3 10.1.1.101 -I mbr0
ping -c 1 10.1.1.101
