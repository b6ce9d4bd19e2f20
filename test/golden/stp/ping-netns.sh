# Two namespaces, a bridge in each, joined by two veth pairs (a loop): STP blocks one, pings pass, no storm.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip netns add A
ip netns add B
ip netns exec A sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns exec B sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip -n A link add br0 address 02:00:00:00:00:01 type bridge stp_state 1 forward_delay 400
ip -n B link add br1 address 02:00:00:00:00:02 type bridge stp_state 1 forward_delay 400
for i in 1 2; do
  ip -n A link add a$i address 02:00:00:00:0a:0$i type veth peer name b$i address 02:00:00:00:0b:0$i netns B
  ip -n A link set a$i master br0
  ip -n B link set b$i master br1
done
ip -n A addr add 10.0.0.1/24 dev br0
ip -n B addr add 10.0.0.2/24 dev br1
for i in 1 2; do ip -n A link set a$i up; ip -n B link set b$i up; done
ip -n A link set br0 up
ip -n B link set br1 up
ip netns exec A ping -c 1 -W 1 10.0.0.2 | grep transmitted
sleep 10
ip -n B link show type bridge_slave | grep -o '^[0-9]*: [a-z0-9]*\|state [a-z]*'
ip netns exec A ping -c 3 -i 0.2 10.0.0.2 | grep transmitted
ip -n B -s link show br1 | sed -n 4p | awk '{print "rx packets", $2}'
ip -n A -s link show br0 | sed -n 4p | awk '{print "rx packets", $2}'
ip -n B neigh show dev br1
brctl showmacs br0 2>&1 | head -1
ip netns exec B brctl showstp br1 | grep -A1 '^b'
