# Namespaces from scratch: two namespaces, a veth, lo, ping, identify/pids/list-id
ip netns add red
ip netns add blue
ip netns list
ip netns exec red ip link
ip netns exec red ping -c 1 -W 1 127.0.0.1; echo "rc=$?"
ip netns exec red ip link set lo up
ip netns exec red ping -c 1 127.0.0.1 | head -2
ip link add veth-red type veth peer name veth-blue
ip link set veth-red netns red
ip link set veth-blue netns blue
ip -n red addr add 10.0.0.1/24 dev veth-red
ip -n blue addr add 10.0.0.2/24 dev veth-blue
ip -n red link set veth-red up
ip -n blue link set veth-blue up
ip netns exec red ip -br addr
ip netns exec red ping -c 2 -i 0.2 10.0.0.2
ip netns list-id
ip -n red netns list-id
ip netns exec blue ip netns identify
ip netns pids red; echo "pids rc=$?"
ip netns exec red sleep 2 &
sleep 0.3
ip netns pids red | wc -l
ip netns identify $!
wait
ip netns del red
ip netns list
ip -n blue link
