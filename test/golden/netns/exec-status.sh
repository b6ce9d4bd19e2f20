ip netns add n1
ip netns exec n1 sh -c 'exit 3'; echo rc=$?
ip netns exec n1 ip link
ip netns exec n1 ip netns identify
ip netns identify; echo rc=$?
ip netns identify abc; echo rc=$?
ip netns identify 1 2; echo rc=$?
