ip netns add n1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns n1
nsenter --net=/run/netns/n1 ip link; echo rc=$?
nsenter --net=/run/netns/n1 -- ip netns identify; echo rc=$?
nsenter --net=/run/netns/nope true; echo rc=$?
nsenter --net=/run/netns/n1 nope; echo rc=$?
nsenter -n true; echo rc=$?
nsenter -t abc -n true; echo rc=$?
nsenter --bogus; echo rc=$?
nsenter -x; echo rc=$?
nsenter --net=/tmp true; echo rc=$?
unshare -n ip link; echo rc=$?
unshare --net ip netns identify; echo rc=$?
unshare -n nope; echo rc=$?
unshare --bogus; echo rc=$?
unshare -x; echo rc=$?
