# ip link add NAME netns NS ...: the name is looked up in the target namespace (6.14+), so the caller's own NAME does not clash; a clash in the target or the peer's namespace is EEXIST.
ip netns add red
ip netns add blue
ip link add v0 type veth peer name v1
ip link add v0 netns red type veth peer name v1 netns blue; echo $?
ip link add v0 netns red type veth peer name v9; echo $?
ip link add v5 netns red type veth peer name v0; echo $?
ip link add v6 type veth peer name v0 netns blue; echo $?
ip -n red link show | grep -o '^[0-9]*: [a-z0-9@]*'
ip -n blue link show | grep -o '^[0-9]*: [a-z0-9@]*'
ip link show | grep -o '^[0-9]*: [a-z0-9@]*'
