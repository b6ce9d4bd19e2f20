# tcpdump started in the background sees the traffic a later foreground ping
# produces (ARP and ICMP; IPv6 background traffic filtered out), then prints
# its statistics when timeout stops it.
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip addr add 10.0.0.1/24 dev veth0
ip -n ns1 addr add 10.0.0.2/24 dev veth1
ip link set veth0 up
ip -n ns1 link set veth1 up
timeout 3 tcpdump -i veth0 -n -l 'not ip6' > cap.txt 2> err.txt &
sleep 0.5
ping -c 2 -i 0.5 10.0.0.2 > /dev/null; echo "ping status $?"
wait
sed 's/^[0-9:.]* //' cap.txt
cat err.txt
