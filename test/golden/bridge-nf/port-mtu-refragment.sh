# A bridge port with a smaller MTU: frames that do not fit are dropped (br_dev_queue_push_xmit), DF datagrams fail in br_nf_ip_fragment, others are cut to the port MTU by br_nf_dev_queue_xmit.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link set br0 up
for i in 1 2; do
  ip netns add h$i
  ip netns exec h$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  ip link add p$i type veth peer name eth0 netns h$i address 02:00:00:00:00:0$i
  ip link set p$i master br0; ip link set p$i up
  ip -n h$i addr add 10.0.0.$i/24 dev eth0; ip -n h$i link set eth0 up
done
ip link set p2 mtu 1400
ip link show br0 | grep -o 'mtu [0-9]*'
ip netns exec h1 ping -c 1 -W 1 -s 1400 10.0.0.2 | grep transmitted
ip netns exec h1 ping -c 1 -W 1 -s 1372 10.0.0.2 | grep transmitted
ip netns exec h1 ping -c 1 -W 1 -M do -s 1472 10.0.0.2 | grep transmitted
ip -n h2 link set eth0 mtu 1400
ip netns exec h2 ping -c 1 -W 1 -s 1400 10.0.0.1 | grep transmitted
ip netns exec h2 ping -c 1 -W 1 -M do -s 1400 10.0.0.1 2>&1 | head -3
ip addr add 10.0.0.254/24 dev br0
ping -c 1 -W 1 -s 1450 10.0.0.2 | grep transmitted
ip link show br0 | grep -o 'mtu [0-9]*'
grep -A1 "^Ip:" /proc/net/snmp | awk "NR==1{for(i=1;i<=NF;i++)h[i]=\$i} NR==2{for(i=1;i<=NF;i++) if(h[i] ~ /Frag/) print h[i], \$i}"
