# A bridge with an IPv4 address reports its snooping group from that address;
# `bridge fdb add ... use` makes a learned entry on the port.
ip link add veth0 type veth peer name veth1
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link add br0 type bridge
ip link set veth0 master br0
ip addr add 10.0.0.1/24 dev br0
ip link set veth0 up
ip link set veth1 up
timeout 2 tcpdump -i veth1 -n -t -v -l igmp > cap.txt 2> err.txt &
sleep 0.5
ip link set br0 up
wait
sort cap.txt | uniq -c
cat err.txt
bridge fdb add 02:00:00:00:00:05 dev veth0 use
bridge fdb show br br0 dynamic
