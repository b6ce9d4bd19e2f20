# Everything the kernel randomises, in one script; recorded twice (raw) by
# test/verify/record.sh as randomness.run1 / randomness.run2.
ip link add br0 type bridge
brctl show
ip netns add ns1; ip netns add ns2
ip link add veth0 type veth peer name veth1 netns ns1
ip link add veth2 type veth peer name veth3 netns ns2
ip link set veth0 master br0; ip link set veth2 master br0
ip link set dev veth2 address 02:00:00:00:00:02
ip addr add 10.0.0.1/24 dev br0
ip link set br0 up; ip link set veth0 up; ip link set veth2 up
ip -n ns1 addr add 10.0.0.2/24 dev veth1; ip -n ns1 link set veth1 up; ip -n ns1 link set lo up
ip -n ns2 addr add 10.0.0.3/24 dev veth3; ip -n ns2 link set veth3 up; ip -n ns2 link set lo up
sleep 3
echo "--- ip link / addr / maddr / json"
ip link show veth0
ip addr show br0
ip -n ns1 addr show veth1
ip -n ns1 maddr show dev veth1
ip -j link show veth0
echo "--- ping"
ping -c 2 -i 0.3 10.0.0.2
ping -v -c 1 10.0.0.3
echo "--- neighbours (hash order)"
ip neigh show dev br0
ip -s neigh show dev br0
arp -n
echo "--- bridge"
brctl show
brctl showmacs br0 | grep -v -e 33:33 -e 01:00
brctl showstp br0 | head -12
ip -d link show br0 | tail -1 | grep -o -e 'bridge_id [^ ]*' -e 'designated_root [^ ]*' -e '[a-z_]*_timer *[0-9.]*'
ip -d link show veth0 | tail -1 | grep -o -e 'designated_bridge [^ ]*' -e '[a-z_]*_timer *[0-9.]*'
bridge fdb show br br0 | grep -v -e 33:33 -e 01:00
ip link add br1 type bridge
ip link add veth4 type veth peer name veth5
ip link set veth4 master br1
ip -d link show br1 | tail -1 | grep -o -e 'bridge_id [^ ]*'
ip link show veth4
echo "--- tcpdump"
timeout 5 tcpdump -n -e -v -c 2 -i br0 icmp > /tmp/icmp.txt 2>&1 &
sleep 0.5
ping -c 1 10.0.0.2 > /dev/null
wait
cat /tmp/icmp.txt
ip netns exec ns2 timeout 5 tcpdump -n -v -c 3 -i veth3 tcp > /tmp/tcp.txt 2>&1 &
ip netns exec ns2 timeout 3 nc -l -p 8080 > /dev/null &
sleep 0.5
echo hello | ip netns exec ns1 timeout 2 nc -q0 10.0.0.3 8080
wait
cat /tmp/tcp.txt
echo "--- sockets, pids, namespace inodes"
ip netns exec ns2 timeout 2 nc -l -p 9090 &
sleep 0.3
ip netns exec ns2 ss -tlnp
wait
readlink /proc/self/ns/net
ip netns exec ns1 stat -L -c 'ns1 %i' /proc/self/ns/net
stat -L -c 'ns1 %i' /run/netns/ns1
