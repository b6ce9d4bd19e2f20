ip netns help; echo rc=$?
