# Two containers on a bridge: their eth0 coming up sends MLD reports (the
# solicited-node group of the link-local address), and so does the bridge
# (ff02::6a, its own solicited-node group): multicast snooping (on by default)
# enters them in the MDB as temporary port groups ("proto kernel") and host
# joins ("port br0"). ff02::1 and 224.0.0.x are never entered. Newest first;
# the bridge's two reports race each other, so its lines are sorted.
ip link add br0 type bridge
ip link set br0 up
ip link show br0 | grep -o 'link/ether [^ ]*'
for i in 1 2; do
  ip netns add c$i
  ip link add v$i type veth peer name eth0 netns c$i
  ip link set v$i master br0
  ip link set v$i up
  ip -n c$i link set eth0 up
  ip -n c$i addr add 10.0.0.$i/24 dev eth0
done
sleep 3
for i in 1 2; do ip -n c$i link show eth0 | grep -o 'link/ether [^ ]*'; done
show() { bridge "$@" mdb show | grep -v 'port br0'; bridge "$@" mdb show | grep 'port br0' | sort; }
show
echo ---
show -d
echo ---
show -s | sed -E 's/ +[0-9]+\.[0-9]{2}$/ T/'
echo ---
bridge -j mdb show dev v1
echo
bridge mdb show dev br0 vid 0 | grep -c .
bridge mdb show dev v1
bridge mdb show dev nosuch; echo "status $?"
ip -d link show br0 | grep -o 'mcast_snooping [0-9]\|mcast_querier [0-9]'
# A leave (the container's address going, its group left) ends the port group two seconds later.
ip -n c1 link set eth0 down
sleep 3
echo --- after c1 down
show
ip link set v2 nomaster
echo --- after v2 nomaster
show
