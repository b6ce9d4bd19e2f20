# "why can't my container reach the other one?" -- a debugging session with the usual tools
ip netns add red; ip netns add blue
ip link add br0 type bridge; ip link set br0 up
ip link add vred type veth peer name eth0 netns red
ip link add vblue type veth peer name eth0 netns blue
ip link set vred master br0 up
ip link set vblue master br0
ip -n red addr add 10.10.0.2/24 dev eth0; ip -n red link set eth0 up
ip -n blue addr add 10.10.0.3/24 dev eth0; ip -n blue link set eth0 up
ip netns exec red ping -c 2 -i 0.2 -W 1 10.10.0.3 | tail -2
echo "--- step 1: links"
ip -br link | grep -E 'br0|vred|vblue' | awk '{print $1, $2}'
bridge link show | sed 's/^[0-9]*: //'
echo "--- step 2: the neighbour table in red"
ip -n red neigh show
echo "--- fix: vblue was never brought up"
ip link set vblue up
ip netns exec red ping -c 2 -i 0.2 -W 1 10.10.0.3 | grep -E 'bytes from|transmitted' | sed 's/time=.*//;s/, time.*//'
ip -n red neigh show | awk '{print $1, $3, $NF}'
bridge fdb show br br0 | grep -v permanent | awk '{print $3, $4, $5}' | sort
ip -n red route get 10.10.0.3
ip -n red route get 10.10.0.3 from 10.10.0.2 iif lo 2>&1
cat /proc/sys/net/ipv4/conf/br0/forwarding /sys/class/net/br0/bridge/stp_state
ip netns exec red nstat -az IcmpOutEchos IcmpInEchoReps IpOutRequests | tail -n +2
