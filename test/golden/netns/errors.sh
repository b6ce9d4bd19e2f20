ip netns add "a/b"; echo rc=$?
ip netns add ""; echo rc=$?
ip netns add ..; echo rc=$?
ip netns del nope; echo rc=$?
ip netns exec nope true; echo rc=$?
ip netns add n1
ip netns exec n1 nope; echo rc=$?
ip netns exec n1; echo rc=$?
ip netns exec; echo rc=$?
ip netns foo; echo rc=$?
ip netns delete; echo rc=$?
ip netns add; echo rc=$?
ip -n nope link; echo rc=$?
