# bridge mdb on a forwarding port: temporary entries, (S,G) entries, vid
# (kept without VLAN filtering), duplicates refused; turning snooping off
# forgets the ports' temporary groups but not the host's; a port going
# disabled loses its temporary ones and keeps its permanent ones.
ip link add br0 type bridge
ip netns add c1
ip netns exec c1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link add v1 type veth peer name eth0 netns c1
ip link set v1 master br0
ip link set br0 up; ip link set v1 up
ip -n c1 link set eth0 up
sleep 0.5
ip link show br0 | grep -o 'link/ether [^ ]*'
bridge mdb add dev br0 port v1 grp 239.1.1.1; echo "status $?"
bridge mdb add dev br0 port v1 grp 239.1.1.1; echo "status $?"
bridge mdb add dev br0 port v1 grp 239.1.1.9 vid 5; echo "status $?"
bridge mdb add dev br0 port v1 grp ff0e::6 temp
bridge mdb add dev br0 port v1 grp ff0e::6 permanent; echo "status $?"
bridge mdb add dev br0 port v1 grp 239.1.1.2 src 10.0.0.1; echo "status $?"
bridge mdb add dev br0 port v1 grp 239.1.1.2 src 10.0.0.1; echo "status $?"
bridge mdb add dev br0 port br0 grp 239.1.1.2 src 10.0.0.1; echo "status $?"
bridge mdb add dev br0 port v1 grp 239.1.1.3 permanent
bridge mdb add dev br0 port br0 grp ff0e::7
bridge -s mdb show | sed -E '/ temp/s/ +[0-9]+\.[0-9]{2}$/ T/'
bridge mdb show vid 5
bridge -j mdb show vid 5
bridge mdb del dev br0 port v1 grp 239.1.1.1
bridge mdb del dev br0 port br0 grp ff0e::7
bridge mdb del dev br0 port v1 grp 239.1.1.9; echo "status $?"
bridge mdb del dev br0 port v1 grp 239.1.1.9 vid 5; echo "status $?"
bridge mdb show
echo --- carrier off
ip -n c1 link set eth0 down
bridge mdb show
ip -n c1 link set eth0 up
sleep 0.2
bridge mdb add dev br0 port v1 grp 239.1.1.1
ip link set br0 type bridge mcast_snooping 0
echo --- snooping off
bridge mdb show
ip link set br0 type bridge mcast_snooping 1
ip link set br0 type bridge mcast_querier 1
ip -d link show br0 | grep -o "mcast_querier [0-9]"
ip link set br0 down
echo --- down
bridge mdb show
