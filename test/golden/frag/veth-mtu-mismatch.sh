# veth ends with different MTUs (1500 here, 1000 in a): a frame bigger than the
# receiving end's MTU is dropped by veth_xmit (TX dropped here, RX dropped there),
# which returns NET_XMIT_DROP: ping's sendmsg fails with ENOBUFS, ping retries
# once after 1 s (-W 1), then reports it; the kernel's echo reply counts OutDiscards.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip addr add 10.9.0.1/24 dev v0
ip -n a addr add 10.9.0.2/24 dev v1
ip -n a link set v1 mtu 1000
ip link set v0 up
ip -n a link set v1 up
sysctl -qw net.ipv6.conf.v0.disable_ipv6=1

ping -c 1 -W 1 10.9.0.2 | grep -c "bytes from"
ping -c 1 -W 1 -s 1200 10.9.0.2 | grep "packet loss"; echo "rc=$?"
ping -c 1 -W 1 -s 990 10.9.0.2 | grep "packet loss"
ping -c 1 -W 1 -s 972 10.9.0.2 | grep "packet loss"
ip netns exec a ping -c 1 -W 1 -s 1200 10.9.0.1 | grep "packet loss"
ip netns exec a ping -c 1 -W 1 -s 1200 -M do 10.9.0.1; echo "rc=$?"
ip -s link show v0
ip -n a -s link show v1
ip route get 10.9.0.2
ip -n a route get 10.9.0.1
cat /proc/net/snmp | grep "^Ip:"
ip netns exec a cat /proc/net/snmp | grep "^Ip:"
ip netns exec a netstat -s | grep -i -E "reassembl|fragment"
netstat -s | grep -i -E "reassembl|fragment"
