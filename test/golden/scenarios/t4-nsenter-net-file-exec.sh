# nsenter --net=/run/netns/NAME and ip netns exec side by side; what each sees, and the error for a bad path
ip netns add blue
ip -n blue link add b0 type veth peer name b1
ip -n blue addr add 10.11.0.1/24 dev b0
ip -n blue link set b0 up; ip -n blue link set b1 up; ip -n blue link set lo up
nsenter --net=/run/netns/blue ip -br addr | awk '{print $1,$2,$3}'
ip netns exec blue ip -br addr | awk '{print $1,$2,$3}'
nsenter --net=/run/netns/blue sh -c 'ip route; hostname >/dev/null; echo in-ns-ok'
nsenter --net=/run/netns/nope true; echo rc=$?
nsenter --net=/etc/hostname true; echo rc=$?
ls /run/netns
ip netns exec blue ping -c 1 -W 1 10.11.0.1 | grep -o '1 received'
nsenter --net=/run/netns/blue ss -tln | head -1 | awk '{print $1,$2}'
