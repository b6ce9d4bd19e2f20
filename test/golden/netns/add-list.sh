ip netns add ns1
ip netns add ns2
ip netns list
ip netns
ip netns show
ls /run/netns
ip netns add ns1; echo rc=$?
