ip netns add n1
ip netns set n1 5; echo rc=$?
ip netns list
ip netns set n1 6; echo rc=$?
ip netns add n2
ip netns set n2 5; echo rc=$?
ip netns set n2 auto; echo rc=$?
ip netns list
ip netns set n2 -1; echo rc=$?
ip netns set n2 abc; echo rc=$?
ip netns set nope 1; echo rc=$?
ip netns set n2; echo rc=$?
ip netns list-id
