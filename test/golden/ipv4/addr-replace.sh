# ip addr replace / change.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip addr replace 10.0.0.1/24 dev veth0
ip addr replace 10.0.0.1/24 dev veth0
ip -4 addr show veth0
ip addr replace 10.0.0.1/24 brd 10.0.0.127 dev veth0
ip -4 addr show veth0
ip addr change 10.0.0.1/24 dev veth0 label veth0:x
ip -4 addr show veth0
ip addr change 10.0.0.9/24 dev veth0; echo "rc=$?"
ip -4 route show table all
