# One device's neighbour records of both tables (ARP and ND) across
# namespaces: entries made, the device moved x -> y -> x, entries made in
# each namespace after the moves, one table emptied (its record dropped)
# while the other keeps entries, traffic creating entries (multicast NOARP
# ones too), the device deleted with entries in both tables.
ip netns add x
ip netns add y
ip link add a0 type veth peer name b0
ip link set a0 up; ip link set b0 up
ip addr add 10.9.0.1/24 dev a0
ip addr add fd09::1/64 dev a0 nodad
ip neigh add 10.9.0.7 lladdr 02:00:00:00:00:07 dev a0
ip -6 neigh add fd09::7 lladdr 02:00:00:00:00:17 dev a0
ip -6 neigh add fd09::8 lladdr 02:00:00:00:00:18 dev a0 nud stale
ip neigh show nud all
ip link set a0 netns x
ip neigh show nud all | wc -l
ip -n x link set a0 up
ip -n x addr add 10.9.0.1/24 dev a0
ip -n x addr add fd09::1/64 dev a0 nodad
ip -n x neigh add 10.9.0.9 lladdr 02:00:00:00:00:09 dev a0
ip -n x neigh add fd09::9 lladdr 02:00:00:00:00:19 dev a0
ip netns exec x ping -c 1 -W 1 10.9.0.2 | tail -2
ip netns exec x ping -6 -c 1 -W 1 fd09::2 | tail -2
sleep 2
ip -n x neigh show nud all
ip -n x neigh del 10.9.0.9 dev a0
ip -n x neigh del 10.9.0.2 dev a0
ip -n x neigh show nud all
ip -n x link set a0 netns y
ip -n x neigh show nud all | wc -l
ip -n y link set a0 up
ip -n y neigh add 10.9.0.10 lladdr 02:00:00:00:00:10 dev a0
ip -n y neigh add fd09::10 lladdr 02:00:00:00:00:20 dev a0 nud stale
ip -n y neigh show nud all
ip -n y -6 neigh flush dev a0
ip -n y neigh show nud all
ip -n y neigh get 10.9.0.10 dev a0
ip -n y link set a0 netns x
ip -n y neigh show nud all | wc -l
ip -n x link set a0 up
ip -n x neigh add fd09::11 lladdr 02:00:00:00:00:21 dev a0
ip -n x neigh add 10.9.0.11 lladdr 02:00:00:00:00:11 dev a0
ip -n x -6 neigh show dev a0
ip -n x neigh get 10.9.0.11 dev a0
ip -n x neigh show nud all
ip -n x link del a0
ip -n x neigh show nud all | wc -l
ip neigh show nud all | wc -l
