# bridge mdb add/del and their refusals: the bridge must run, snooping be on,
# the port forward unless the entry is permanent; 224.0.0.x, ff02::1 and
# unicast groups are refused; duplicates are errors; a host join is "port BR".
ip link add br0 type bridge
ip link add v1 type veth peer name p1
ip link add v2 type veth peer name p2
ip link set v1 master br0
bridge mdb add dev br0 port v1 grp 239.1.1.1; echo "status $?"
ip link set br0 up; ip link set v1 up
bridge mdb add dev br0 port v1 grp 239.1.1.1; echo "status $?"
bridge mdb add dev br0 port v1 grp 239.1.1.2 permanent; echo "status $?"
bridge mdb add dev br0 port v1 grp ff0e::5 permanent
bridge mdb add dev br0 port v1 grp ff0e::6 temp; echo "status $?"
bridge mdb add dev br0 port br0 grp 239.1.1.3; echo "status $?"
bridge mdb add dev br0 port br0 grp 239.1.1.3; echo "status $?"
bridge mdb add dev br0 port br0 grp 239.1.1.4 permanent; echo "status $?"
bridge mdb add dev br0 port v1 grp 224.0.0.5; echo "status $?"
bridge mdb add dev br0 port v1 grp ff02::1 permanent; echo "status $?"
bridge mdb add dev br0 port v1 grp 10.0.0.1; echo "status $?"
bridge mdb add dev br0 port v1 grp 0.0.0.0 permanent; echo "status $?"
bridge mdb add dev br0 port v1 grp 239.1.1.9 vid 4095 permanent; echo "status $?"
bridge mdb add dev br0 port v2 grp 239.1.1.4 permanent; echo "status $?"
bridge mdb add dev v2 port v1 grp 239.1.1.4 permanent; echo "status $?"
bridge mdb add dev br0 port nosuch grp 239.1.1.4; echo "status $?"
bridge mdb add dev br0 port v1 grp bogus; echo "status $?"
bridge mdb add dev br0 port v1; echo "status $?"
bridge mdb add dev br0 port v1 grp; echo "status $?"
bridge mdb add dev br0 port v1 grp 01:00:5e:01:02:03; echo "status $?"
bridge mdb add dev br0 port v1 grp 239.1.1.5 src nosuch permanent; echo "status $?"
bridge mdb show
bridge -d mdb show
bridge -d -j -p mdb show
bridge -s mdb show | sed -E '/ temp/s/ +[0-9]+\.[0-9]{2}$/ T/'
bridge mdb del dev br0 port v1 grp 239.1.1.1; echo "status $?"
bridge mdb del dev br0 port v1 grp 239.1.1.2 permanent; echo "status $?"
bridge mdb del dev br0 port v1 grp 239.1.1.2; echo "status $?"
bridge mdb del dev br0 port br0 grp 239.1.1.3; echo "status $?"
bridge mdb del dev br0 port br0 grp 239.1.1.3; echo "status $?"
bridge mdb del dev br0 port v1 grp 224.0.0.9; echo "status $?"
bridge mdb
bridge mdb help; echo "status $?"
bridge mdb foo; echo "status $?"
bridge mdb sh vid 7; echo "status $?"
ip link set br0 type bridge mcast_snooping 0
ip -d link show br0 | grep -o "mcast_snooping [0-9]"
bridge mdb show
bridge mdb add dev br0 port v1 grp 239.1.1.7 permanent; echo "status $?"
bridge mdb del dev br0 port v1 grp ff0e::5; echo "status $?"
ip link set br0 type bridge mcast_snooping 1
ip link set br0 type bridge mcast_snooping 256; echo "status $?"
bridge mdb show
ip link set br0 down
bridge mdb add dev br0 port v1 grp 239.1.1.8 permanent; echo "status $?"
bridge mdb show
ip link set v1 nomaster
bridge mdb show
