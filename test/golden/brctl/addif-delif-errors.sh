# brctl addif/delif mistakes, showmacs, port settings, delbr
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
brctl addbr br0
ip link add v1 type veth peer name v1p
ip link add v2 type veth peer name v2p
brctl addif br0 v1 v2
brctl addif br0 v1; echo "status $?"
brctl delif br0 v9; echo "status $?"
brctl delif br0 lo; echo "status $?"
brctl addif br0 br0; echo "status $?"
brctl addbr br1
brctl addif br0 br1; echo "status $?"
brctl delbr br1
brctl show br0
# Sorted by address (random here): counted only.
brctl showmacs br0 | wc -l
brctl setportprio br0 v2 10
brctl setpathcost br0 v2 100
brctl showstp br0 | grep -A3 '^v2'
brctl delif br0 v1 v2
brctl show
brctl delbr br0
brctl show
brctl delbr br0; echo "status $?"
brctl showstp br0; echo "status $?"
