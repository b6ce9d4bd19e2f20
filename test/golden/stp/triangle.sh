# Three STP bridges in a triangle; then a priority change moves the root.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
for i in 0 1 2; do
  ip link add br$i address 02:00:00:00:00:0$i type bridge
  ip link set br$i type bridge stp_state 1 forward_delay 400
  ip link set br$i up
done
ip link add p01 address 02:00:00:00:01:00 type veth peer name p10 address 02:00:00:00:00:10
ip link add p12 address 02:00:00:00:01:02 type veth peer name p21 address 02:00:00:00:02:01
ip link add p20 address 02:00:00:00:02:00 type veth peer name p02 address 02:00:00:00:00:02
ip link set p01 master br0; ip link set p02 master br0
ip link set p10 master br1; ip link set p12 master br1
ip link set p20 master br2; ip link set p21 master br2
for d in p01 p10 p12 p21 p20 p02; do ip link set $d up; done
sleep 10
bridge link
for i in 0 1 2; do ip -d link show br$i | grep -o 'bridge_id.*root_path_cost [0-9]*'; done
brctl setbridgeprio br2 4096
sleep 1
bridge link
for i in 0 1 2; do ip -d link show br$i | grep -o 'bridge_id.*root_path_cost [0-9]*'; done
sleep 10
bridge link
bridge link set dev p10 cost 100
sleep 1
ip -d link show br1 | grep -o 'bridge_id.*root_path_cost [0-9]*'
bridge link show dev p10
