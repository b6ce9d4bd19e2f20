ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link del veth1
ip link
ip link delete dev veth2
ip link
