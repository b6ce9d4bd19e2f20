# policy without IPsec: --pol none sees every packet, --pol ipsec none; a
# direction used on the wrong hook is refused.
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer link set vb up
ip netns exec peer iptables -A INPUT -p icmp -m policy --dir in --pol none
ip netns exec peer iptables -A INPUT -p icmp -m policy --dir in --pol ipsec
ip netns exec peer iptables -A OUTPUT -p icmp -m policy --dir out --pol none --strict; echo rc=$?
ip netns exec peer iptables -A OUTPUT -p icmp -m policy --dir in --pol none; echo rc=$?
ping -c 2 -i 0.2 -W 1 10.9.0.2 | grep -o '[0-9]* received'
ip netns exec peer iptables -L -v -n -x | grep -e "policy match" | awk '{print $1, $NF}'
ip netns exec peer iptables -S
