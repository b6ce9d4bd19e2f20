# Peer namespace ids: link-netnsid, ip netns set, list-id, moving a veth end
ip netns add ns-a
ip netns add ns-b
ip netns set ns-a 10
ip netns list
ip link add va type veth peer name vb
ip link show va | sed -n 1p | sed 's/^[0-9]*: //;s/ mode.*//'
ip link set vb netns ns-b
ip link show va | grep -o 'link-netns[a-z]* [^ ]*'
ip link show va | grep -o 'link-netnsid [0-9]*'
ip netns list
ip netns list-id
ip -n ns-b link show vb | grep -o 'link-netnsid [0-9]*'
ip -n ns-b netns list-id
ip netns set ns-a 11; echo "rc=$?"
ip netns set ns-b 10; echo "rc=$?"
ip netns set ns-a -1; echo "rc=$?"
ip netns set ns-a x; echo "rc=$?"
ip -n ns-b link set vb netns ns-a
ip -n ns-a link show vb | head -1 | sed 's/^[0-9]*: //;s/ mode.*//'
ip -n ns-a link show vb | grep -o 'link-netns[a-z]* [^ ]*'
ip netns list
ip -all netns exec ip netns list-id
ip netns identify
ip link show va | grep -o 'link-netns[a-z]* [^ ]*'
