ip netns add n1
ip netns pids n1; echo rc=$?
ip netns pids nope; echo rc=$?
ip netns pids; echo rc=$?
ip netns exec n1 sh -c 'ip netns identify $$'; echo rc=$?
