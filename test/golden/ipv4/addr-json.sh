# ip -j (and -p) address listings.
ip link set lo up
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth0 label veth0:a
ip -j -4 addr show dev lo
ip -j -p -4 addr show dev veth0
ip -4 -j -br addr
