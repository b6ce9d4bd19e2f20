# static mdb entries, snooping off and on again, port down, -s timers
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link add v1 type veth peer name v1p
ip link add v2 type veth peer name v2p
ip link set v1 master br0; ip link set v2 master br0
ip link set br0 up; ip link set v1 up; ip link set v2 up; ip link set v1p up; ip link set v2p up
sleep 0.1
bridge mdb add dev br0 port v1 grp 239.1.1.1 permanent
# (Two ports in one group are listed in the order of their struct addresses: random.)
bridge mdb add dev br0 port v2 grp 239.1.1.4
bridge mdb add dev br0 port v2 grp 239.1.1.2 permanent src 10.0.0.1
bridge mdb add dev br0 port br0 grp 239.1.1.3
bridge mdb show
bridge -s mdb show | sed 's/ [ 0-9]*\.[0-9][0-9]$/ T/'
ip link set br0 type bridge mcast_snooping 0
bridge mdb show
bridge mdb add dev br0 port v1 grp 239.1.1.9 permanent; echo "status $?"
ip link set br0 type bridge mcast_snooping 1
bridge mdb show
ip link set v1p down
sleep 0.1
bridge mdb show
bridge mdb del dev br0 port v1 grp 239.1.1.1
bridge mdb del dev br0 port v1 grp 239.1.1.1; echo "status $?"
bridge mdb show dev br0
bridge -j -p mdb show
