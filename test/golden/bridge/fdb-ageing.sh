# Learned entries age out: with ageing_time 2 s (200 cs), the peer's address,
# learned from its IPv6 traffic (DAD, MLD; router solicitations off), is gone
# a few seconds after the peer fell silent. brctl setageing sets the same knob.
ip link add br0 type bridge
ip link set br0 type bridge ageing_time 200
ip link add veth0 type veth peer name veth1
sysctl -qw net.ipv6.conf.veth1.router_solicitations=0
sysctl -qw net.ipv6.conf.br0.disable_ipv6=1 net.ipv6.conf.veth0.disable_ipv6=1
ip link set veth0 master br0
ip link set br0 up
ip link set veth0 up
ip link set veth1 up
sleep 1.5
bridge fdb show br br0 dynamic | wc -l
sleep 6
bridge fdb show br br0 dynamic | wc -l
brctl setageing br0 300
ip -d link show br0 | grep -o 'ageing_time [0-9]*'
