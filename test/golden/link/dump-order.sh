# Link and address dumps walk the devices by ifindex; /proc/net/dev (and so
# ifconfig) walks them in list order, where a device moved in comes last.
ip netns add n
ip -n n link add x1 type veth peer name x2
ip -n n link del x1
ip -n n link add y1 type veth peer name y2
ip link add r1 type veth peer name r2
ip link set r2 netns n
ip -n n addr add 10.0.0.2/24 dev r2
ip -n n addr add 10.0.1.5/24 dev y2
ip -n n link
ip -n n -br link
ip -n n -o link | cut -c1-40
ip -n n -4 addr
ip -n n -br addr
ip netns exec n cat /proc/net/dev | cut -c1-12
ip netns exec n ifconfig -a | grep flags
ip -n n -j link | tr ',' '\n' | grep ifname
