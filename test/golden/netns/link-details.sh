ip netns add red
ip netns add blue
ip link add v-red type veth peer name v-blue
ip link set v-red netns red
ip link set v-blue netns blue
ip -n red link show
ip -n blue -d link show v-blue | head -3
ip netns list
ip -n red link set v-red name eth0
ip -n red -br link
ip netns exec red ip -j link show eth0 | head -c 300; echo
ip -all netns exec ip -br link
ip netns set red 7
ip netns list-id
ip -n blue link show
