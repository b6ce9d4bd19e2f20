# macvlan VEPA: siblings only meet through the external switch, which needs hairpin (reflective relay) on its port
ip netns add sw
ip link add eth1 type veth peer name port1 netns sw
ip -n sw link add br0 type bridge
ip -n sw link set port1 master br0 up
ip -n sw link set br0 up
ip link set eth1 up
for i in 1 2; do
  ip netns add v$i
  ip link add mv$i link eth1 type macvlan mode vepa
  ip link set mv$i netns v$i
  ip -n v$i addr add 10.5.0.$i/24 dev mv$i; ip -n v$i link set mv$i up
done
try() { ip netns exec v1 ping -c 2 -i 0.2 -W 1 10.5.0.2 | grep -o '[0-9] received'; }
echo "no hairpin:"; try
bridge -n sw link set dev port1 hairpin on
bridge -n sw -d link show dev port1 | grep -o 'hairpin [a-z]*'
echo "hairpin on:"; try
bridge -n sw fdb show br br0 | grep -c 'master br0$' 
ip -n sw -s link show port1 | awk 'NR==4{print "rx",$2} NR==6{print "tx",$2}' | sed 's/[0-9]*$/N/'
ip -d link show eth1 | grep -c macvlan
ip link show eth1 | grep -o 'PROMISC\|UP,LOWER_UP' | sort -u
