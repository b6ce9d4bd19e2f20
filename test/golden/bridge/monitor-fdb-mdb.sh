# bridge monitor fdb in the background while a container joins a bridge: the
# port's own address (permanent), the bridge's random address going, learned
# addresses, static entries added and deleted, a "self" entry on a port
# device. bridge monitor mdb prints with no fflush: killed, it leaves nothing.
ip link add br0 type bridge
ip netns add c1
ip netns exec c1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link show br0 | grep -o 'link/ether [^ ]*'
bridge monitor fdb &
bridge monitor mdb > /tmp/mdb.out &
sleep 0.3
ip link add v1 type veth peer name eth0 netns c1
ip link show v1 | grep -o 'link/ether [^ ]*'
ip -n c1 link show eth0 | grep -o 'link/ether [^ ]*'
ip link set v1 master br0
ip link set br0 up; ip link set v1 up
ip -n c1 link set eth0 up
ip -n c1 addr add 10.0.0.2/24 dev eth0
ip addr add 10.0.0.1/24 dev br0
sleep 1
ping -c1 -W1 10.0.0.2 >/dev/null
bridge fdb add 02:00:00:00:00:09 dev v1 master static
bridge fdb del 02:00:00:00:00:09 dev v1 master
bridge fdb add 02:00:00:00:00:0a dev v1 self
bridge fdb del 02:00:00:00:00:0a dev v1 self
bridge mdb add dev br0 port v1 grp 239.1.1.1
bridge mdb add dev br0 port br0 grp ff0e::1
bridge mdb del dev br0 port v1 grp 239.1.1.1
sleep 0.2
kill %1 %2; wait
echo "mdb monitor wrote $(wc -c < /tmp/mdb.out) bytes"
bridge monitor help; echo "status $?"
bridge monitor foo; echo "status $?"
