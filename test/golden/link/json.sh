ip link add veth0 type veth peer name veth1
ip -j link
ip -j -p link show veth0
ip -j link show nope; echo rc=$?
