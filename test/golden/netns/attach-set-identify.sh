# ip netns attach/set/identify, incl. attaching the namespace of a process started by unshare -n.
ip netns attach
echo "s $?"
ip netns attach foo $$
echo "s $?"
ip netns list
ip netns identify $$
echo "s $?"
ip netns attach bar 999999
echo "s $?"
ip netns attach foo $$
echo "s $?"
ip netns add n1
ip netns set n1 7
ip netns set n1 auto
echo "s $?"
ip netns list
ip netns set nope 3
echo "s $?"
ip netns identify
ip netns exec n1 ip netns identify
ip netns exec n1 ip netns identify $$
unshare -n sleep 5 &
p=$!
sleep 0.5
ip netns attach baz $p
echo "s $?"
ip netns list
ip -n baz link
ip netns identify $p
kill $p
wait $p 2>/dev/null
ip netns list
