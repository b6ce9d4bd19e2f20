# iif/oif rules name a device: detached while it does not exist, attached when it
# appears, detached again when it goes or is renamed.
ip rule add iif v0 lookup 100
ip rule add oif v1 lookup 101
ip rule
ip link add v0 type veth peer name v1
ip rule
ip -j rule show iif v0
ip link set v1 name w1
ip rule
ip link set w1 name v1
ip link del v0
ip rule
