# rpfilter on live traffic: a source routed back through the interface it
# came in on passes; one with no route back, or routed out of another
# interface, fails unless --loose; a local source needs --accept-local.
ip netns add peer
ip link add va type veth peer name vb netns peer
ip link add vc type veth peer name vd
ip addr add 10.9.0.1/24 dev va
ip addr add 10.8.0.1/24 dev vc
ip link set va up
ip link set vc up
ip link set vd up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer addr add 10.7.0.2/24 dev vb
ip -n peer addr add 10.8.0.2/24 dev vb
ip -n peer link set vb up
for o in "" "--invert" "--loose" "--loose --invert"; do
  iptables -t raw -A PREROUTING -p icmp -m rpfilter $o
done
iptables -t mangle -A PREROUTING -p icmp -m rpfilter --accept-local --invert
iptables -t mangle -A PREROUTING -p icmp -m rpfilter --loose --accept-local
for s in 10.9.0.2 10.7.0.2 10.8.0.2; do ip netns exec peer ping -c 1 -W 1 -I $s 10.9.0.1 >/dev/null; done
iptables -t raw -L PREROUTING -v -n -x | sed 1,2d | awk '{print $1}'
iptables -t mangle -L PREROUTING -v -n -x | sed 1,2d | awk '{print $1}'
iptables -t raw -S PREROUTING
iptables -t mangle -L PREROUTING -n
