# BPDUs between two STP bridges are learned from, unless no_linklocal_learn is set
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge stp_state 1 forward_delay 200 mcast_snooping 0
ip link add br1 type bridge stp_state 1 forward_delay 200 mcast_snooping 0 no_linklocal_learn 1
ip link add v1 address 02:00:00:00:01:01 type veth peer name v2 address 02:00:00:00:02:02
ip link set v1 master br0
ip link set v2 master br1
ip link set br0 up; ip link set br1 up; ip link set v1 up; ip link set v2 up
sleep 5
bridge fdb show br br1 | grep -v permanent
ip -d link show br1 | grep -o 'no_linklocal_learn [0-9]*'
ip link set br1 type bridge no_linklocal_learn 0
sleep 3.5
bridge fdb show br br1 | grep -v permanent
cat /sys/class/net/br1/bridge/no_linklocal_learn
echo 1 > /sys/class/net/br0/bridge/no_linklocal_learn
cat /sys/class/net/br0/bridge/no_linklocal_learn
