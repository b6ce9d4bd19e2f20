# Kinds iproute2 parses but this kernel has no module for: the options are
# parsed (vlan's id checked), then the kernel answers "Unknown device type."
ip link add v0 type veth peer name v1
ip link add link v0 name v0.10 type vlan id 10; echo "rc=$?"
ip link add link v0 name v0.11 type vlan id abc; echo "rc=$?"
ip link add link v0 name v0.12 type vlan protocol 802.1ad id 12; echo "rc=$?"
ip link add link v0 name v0.13 type vlan; echo "rc=$?"
ip link add bond0 type bond mode active-backup; echo "rc=$?"
ip link add vrf1 type vrf table 10; echo "rc=$?"
ip link add gre1 type gre remote 10.0.0.2 local 10.0.0.1; echo "rc=$?"
ip link add wg0 type wireguard; echo "rc=$?"
ip link add ipv0 link v0 type ipvlan mode l2; echo "rc=$?"
ip link add x0 type foo bar; echo "rc=$?"
ip link add g0 type geneve id 5 remote 10.0.0.2; echo "rc=$?"
