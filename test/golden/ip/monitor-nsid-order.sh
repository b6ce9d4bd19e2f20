# RTM_DELNSID comes before the dying namespace's devices go (unhash_nsid first); a link message names the peer namespace once the nsid message put it in the cache; -j.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip monitor label link nsid > /tmp/mon.txt 2>&1 &
M=$!
sleep 0.3
ip netns del a
sleep 0.3
ip netns add b
ip netns set b 7
ip netns set b 8; echo rc=$?
ip link add w0 type veth peer name w1 netns b
ip -j monitor nsid > /tmp/mon2.txt 2>&1 &
M2=$!
sleep 0.3
ip netns del b
sleep 0.3
kill $M $M2
cat /tmp/mon.txt
cat /tmp/mon2.txt
