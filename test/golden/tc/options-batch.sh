# tc -batch (do_batch: "Command failed FILE:LINE", -force goes on), -n/-netns, and option errors.
ip netns add a
ip -n a link set lo up
ip link add v0 type veth peer name v1
cat > /tmp/tc.batch <<'B'
qdisc add dev v0 root handle 1: pfifo limit 5
# a comment line

qdisc add dev v0 root handle 1: pfifo
qdisc show dev v0
B
tc -batch /tmp/tc.batch; echo "rc=$?"
tc -force -batch /tmp/tc.batch; echo "rc=$?"
tc -b /tmp/nope; echo "rc=$?"
echo "qdisc show dev lo" | tc -batch -; echo "rc=$?"
tc -n a qdisc show; echo "rc=$?"
tc -n nope qdisc show; echo "rc=$?"
tc -netns a qdisc add dev lo root handle 3: bfifo limit 2k; echo "rc=$?"
ip netns exec a tc qdisc show; echo "rc=$?"
tc -n; echo "rc=$?"
tc -iec -s -d qdisc show dev v0; echo "rc=$?"
tc -o qdisc show dev v0; echo "rc=$?"
tc -br qdisc show dev v0; echo "rc=$?"
tc -N -nm qdisc show dev v0; echo "rc=$?"
tc -cf /dev/null qdisc show dev v0; echo "rc=$?"
tc -color=never qdisc show dev v0; echo "rc=$?"
tc -ts -t qdisc show dev v0; echo "rc=$?"
tc -g qdisc show dev v0; echo "rc=$?"
tc -help; echo "rc=$?"
tc -batch; echo "rc=$?"
