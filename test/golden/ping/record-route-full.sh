# ping -R over four routers: nine slots fill up on the way back (the last
# routers and the sender find no room and record nothing); -f prints no RR.
ip netns add h0; ip netns add h5
for i in 1 2 3 4; do ip netns add r$i; done
link() { ip link add "$1" type veth peer name "$3"; ip link set "$1" netns "$2"; ip link set "$3" netns "$4"; }
link e0 h0 w1 r1
link e1 r1 w2 r2
link e2 r2 w3 r3
link e3 r3 w4 r4
link e4 r4 w5 h5
ip -n h0 addr add 10.0.0.1/24 dev e0
ip -n r1 addr add 10.0.0.2/24 dev w1; ip -n r1 addr add 10.0.1.1/24 dev e1
ip -n r2 addr add 10.0.1.2/24 dev w2; ip -n r2 addr add 10.0.2.1/24 dev e2
ip -n r3 addr add 10.0.2.2/24 dev w3; ip -n r3 addr add 10.0.3.1/24 dev e3
ip -n r4 addr add 10.0.3.2/24 dev w4; ip -n r4 addr add 10.0.4.1/24 dev e4
ip -n h5 addr add 10.0.4.2/24 dev w5
for n in h0 r1 r2 r3 r4 h5; do for d in $(ip -n $n -o link show | awk -F': ' '{print $2}' | cut -d@ -f1); do ip -n $n link set $d up; done; done
ip -n h0 route add default via 10.0.0.2
ip -n r1 route add default via 10.0.1.2
ip -n r2 route add 10.0.0.0/24 via 10.0.1.1; ip -n r2 route add default via 10.0.2.2
ip -n r3 route add 10.0.0.0/23 via 10.0.2.1; ip -n r3 route add default via 10.0.3.2
ip -n r4 route add default via 10.0.3.1
ip -n h5 route add default via 10.0.4.1
for n in r1 r2 r3 r4; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
ip netns exec h0 ping -c 2 -R 10.0.4.2
ip netns exec h0 ping -c 2 -R 10.0.2.1
ip netns exec h0 ping -c 3 -f -R 10.0.4.2
ip netns exec h5 timeout 5 tcpdump -c 2 -nv -i w5 icmp 2>&1 & sleep 0.5
ip netns exec h0 ping -c 1 -R 10.0.4.2 > /dev/null
wait
