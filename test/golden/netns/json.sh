ip -j netns list
ip netns add a
ip netns add b
ip netns set a 3
ip -j netns list
ip -j -p netns list
