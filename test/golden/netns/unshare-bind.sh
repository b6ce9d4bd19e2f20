touch /tmp/nsf
unshare --net=/tmp/nsf ip link add v0 type veth peer name v1; echo rc=$?
nsenter --net=/tmp/nsf ip -br link; echo rc=$?
ip -br link
touch /run/netns/x
nsenter --net=/run/netns/x true; echo rc=$?
ip netns list
