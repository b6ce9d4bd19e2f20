# A policy nft sets on iptables' chain leaves its policy counters off; iptables -P turns them on.
ip netns add a
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.0.0.1/24 dev veth0; ip link set veth0 up
ip -n a addr add 10.0.0.2/24 dev veth1; ip -n a link set veth1 up
ip netns exec a iptables -A INPUT -p tcp -j ACCEPT
ip netns exec a nft add chain ip filter INPUT '{ policy accept; }'
ping -c 2 -i 0.2 -W 1 10.0.0.2 > /dev/null; echo ping=$?
ip netns exec a iptables -L INPUT -v -n
ip netns exec a iptables -P INPUT ACCEPT
ping -c 1 -W 1 10.0.0.2 > /dev/null; echo ping=$?
ip netns exec a iptables -L INPUT -v -n
