# ip stats: every group of a device (the leaves in the binary's descriptor order),
# a dump of all devices, groups and subgroups, l3_stats set on/off, -j, and the errors.
ip link set lo up
ping -c 2 -q 127.0.0.1 > /dev/null
ip link add v0 type veth peer name v1
ip stats show dev lo; echo "rc=$?"
ip stats show dev v0 group link; echo "rc=$?"
ip stats show dev v0 group offload; echo "rc=$?"
ip stats show dev v0 group xstats; echo "rc=$?"
ip stats show dev v0 group xstats_slave subgroup bridge; echo "rc=$?"
ip stats show dev v0 group afstats; echo "rc=$?"
ip stats show group link; echo "rc=$?"
ip stats show dev v0 group offload subgroup l3_stats group link; echo "rc=$?"
ip stats show dev v0 group link group link subgroup x; echo "rc=$?"
ip stats; echo "rc=$?"
ip stats set dev v0 l3_stats on; echo "rc=$?"
ip stats show dev v0 group offload; echo "rc=$?"
ip -j stats show dev v0 group offload; echo
ip -j stats show dev lo group link; echo
ip stats set dev v0 l3_stats off; echo "rc=$?"
ip stats show dev v0 group offload subgroup l3_stats; echo "rc=$?"
ip -s stats show dev lo group link; echo "rc=$?"
ip stats help; echo "rc=$?"
ip stats show dev nope; echo "rc=$?"
ip stats set dev v0 l3_stats maybe; echo "rc=$?"
ip stats set dev v0 l3_stats on l3_stats off; echo "rc=$?"
ip stats set dev v0; echo "rc=$?"
ip stats set l3_stats on; echo "rc=$?"
ip stats set dev nope l3_stats on; echo "rc=$?"
ip stats set dev v0 foo; echo "rc=$?"
ip stats show group foo; echo "rc=$?"
ip stats show subgroup link; echo "rc=$?"
ip stats show group link subgroup x; echo "rc=$?"
ip stats show group offload subgroup cpu_hit suite x; echo "rc=$?"
ip stats show group xstats subgroup bond suite 802.3ad suite x; echo "rc=$?"
ip stats show foo; echo "rc=$?"
ip stats show group; echo "rc=$?"
ip stats foo; echo "rc=$?"
ip stats show dev lo group link dev lo; echo "rc=$?"
