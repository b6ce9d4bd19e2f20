# Several addresses on one container interface: primary/secondary, labels, promote_secondaries, flush by label
ip netns add c
ip -n c link add eth0 type veth peer name peer0
ip -n c link set eth0 up; ip -n c link set peer0 up
ip -n c addr add 10.30.0.10/24 dev eth0
ip -n c addr add 10.30.0.11/24 dev eth0 label eth0:1
ip -n c addr add 10.30.0.12/24 dev eth0 label eth0:web
ip -n c addr add 10.31.0.10/24 dev eth0
ip -n c -4 addr show dev eth0 | grep inet | sed 's/ *$//'
ip -n c route show table local | grep 10.30 | sed 's/ *$//'
ip -n c addr del 10.30.0.10/24 dev eth0
echo "after deleting the primary (promote_secondaries=$(ip netns exec c sysctl -n net.ipv4.conf.eth0.promote_secondaries)):"
ip -n c -4 -o addr show dev eth0 | awk '{print $4, $NF}'
ip netns exec c sysctl -qw net.ipv4.conf.eth0.promote_secondaries=1
ip -n c addr add 10.30.0.10/24 dev eth0
ip -n c addr add 10.30.0.13/24 dev eth0
ip -n c addr del 10.30.0.10/24 dev eth0
echo "with promote_secondaries=1:"
ip -n c -4 -o addr show dev eth0 | awk '{print $4, $NF, ($0 ~ /secondary/ ? "secondary" : "primary")}'
ip -n c addr flush dev eth0 label 'eth0:*'
ip -n c -4 -o addr show dev eth0 | awk '{print $4}'
ip netns exec c ifconfig eth0:2 10.30.0.50 netmask 255.255.255.0 up
ip netns exec c ifconfig -a | grep -E '^eth0|inet 10' | awk '{print $1,$2}'
ip -n c addr add 10.30.0.13/24 dev eth0; echo rc=$?
