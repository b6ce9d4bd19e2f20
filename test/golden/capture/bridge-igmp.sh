# A bridge coming up with a port: two IGMPv3 reports for 224.0.0.106 (its
# multicast-router snooping group) at once, then, when its carrier has
# settled, MLD reports carrying both ff02::6a and its solicited-node group.
ip link add veth0 type veth peer name veth1
sysctl -qw net.ipv6.conf.veth0.disable_ipv6=1 net.ipv6.conf.veth1.disable_ipv6=1
ip link add br0 type bridge
ip link set veth0 master br0
ip link set veth0 up
ip link set veth1 up
timeout 5 tcpdump -i veth1 -n -t -v -l 'igmp or (ip6 and ip6[40] != 135)' > cap.txt 2> err.txt &
sleep 0.5
ip link set br0 up
wait
sort cap.txt | uniq -c
cat err.txt
