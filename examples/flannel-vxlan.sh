# Runs on node1 of examples/flannel-vxlan.yaml: pod-to-pod across hosts, and
# the encapsulated packets on the underlay (port 8472, which tcpdump calls OTV).
hostname
ip -d link show flannel.1 | tail -1
ip route
bridge fdb show dev flannel.1
ip netns exec pod2 ping -c 1 10.100.2.3 | sed -n 2p
ip netns exec pod3 ping -c 1 10.100.3.2 | sed -n 2p
tcpdump -n -e -i eth1 -c 2 udp port 8472 2>/dev/null &
sleep 1
ip netns exec pod2 ping -c 1 10.100.3.3 > /dev/null
wait
ssh node3 'ip netns exec pod3 ping -c 1 10.100.1.2 | sed -n 2p'
