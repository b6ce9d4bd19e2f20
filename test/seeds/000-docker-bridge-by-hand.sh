# Seed 000 (shared/seeds/000_645dd51f2ecb1406.txt): Docker's bridge network
# built by hand — a bridge, a namespace as the "container", a veth pair between
# them, pings both ways, then a second namespace on the same bridge.
# Adapted to a bare sandbox: there is no docker0 and no eth0 uplink, so the
# article's docker0 lines and default route do not appear; `ip link list` in a
# fresh namespace shows only lo (no tunl0/ip6tnl0: this kernel loads no ipip modules).

# 创建网桥
brctl addbr lab-br0
brctl show
ifconfig lab-br0 10.15.10.1 netmask 255.255.255.0
ifconfig lab-br0

# 创建network namespace
ip netns add lab-ns0
ip netns list

# 创建并配置veth pair
ip link add veth0 type veth peer name veth1
ip link list
ip netns exec lab-ns0 ip link list
ip link set veth1 netns lab-ns0
ip netns exec lab-ns0 ip link list
ip link list
ip netns exec lab-ns0 ip link set veth1 name eth0
ip netns exec lab-ns0 ip link list
ip netns exec lab-ns0 ip addr add 10.15.10.2/24 dev eth0
ip netns exec lab-ns0 ip addr show eth0
brctl addif lab-br0 veth0
brctl show
ip netns exec lab-ns0 ip route list
ip route list

# 验证网络连通性
ip link set dev veth0 up
ip netns exec lab-ns0 ip link set dev eth0 up
ip netns exec lab-ns0 ip link set dev lo up
ping 10.15.10.2 -c 3
ip netns exec lab-ns0 ping 10.15.10.1 -c 3
ip netns exec lab-ns0 ping 10.15.10.2 -c 3

# A second namespace, lab-ns1, on the same bridge with 10.15.10.3.
ip netns add lab-ns1
ip link add veth2 type veth peer name veth3
ip link set veth3 netns lab-ns1
ip netns exec lab-ns1 ip link set veth3 name eth0
ip netns exec lab-ns1 ip addr add 10.15.10.3/24 dev eth0
brctl addif lab-br0 veth2
ip link set dev veth2 up
ip netns exec lab-ns1 ip link set dev eth0 up
ip netns exec lab-ns1 ip link set dev lo up
ip netns list
# Wait for IPv6 duplicate address detection (up to 2 s) so the link-local
# address is no longer "tentative", as in the article.
sleep 3
ip netns exec lab-ns1 ip addr show eth0
ip netns exec lab-ns1 ip route list
ip netns exec lab-ns0 ping 10.15.10.3 -c 3
