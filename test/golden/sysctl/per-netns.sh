ip netns add n1
sysctl -w net.ipv4.ip_forward=1
ip netns exec n1 sysctl net.ipv4.ip_forward
ip netns exec n1 sysctl net.bridge.bridge-nf-call-iptables
ip netns exec n1 sysctl -w net.ipv4.ip_forward=1
sysctl net.ipv4.ip_forward
ip link add veth0 type veth peer name veth1
ip link set veth1 netns n1
ip netns exec n1 sysctl net.ipv6.conf.veth1.mtu net.ipv4.conf.veth1.rp_filter
sysctl net.ipv4.conf.veth1.rp_filter; echo rc=$?
