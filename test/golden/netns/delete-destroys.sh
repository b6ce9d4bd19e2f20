ip netns add n1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns n1
ip netns list
ip link
ip netns del n1
# The kernel tears a namespace down in a workqueue (cleanup_net), so its
# devices may outlive `ip netns del` briefly: wait (bounded) until veth0 is gone.
for i in $(seq 50); do ip link show veth0 >/dev/null 2>&1 || break; sleep 0.1; done
ip netns list
ip link
