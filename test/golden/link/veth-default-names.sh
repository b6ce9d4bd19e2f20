ip link add type veth
ip link add type veth
ip link add v0 type veth
ip link add v1 type veth peer
ip -o link
