# Multicast on a container bridge: a receiver joins with autojoin, the bridge snoops it into the mdb
ip link add br0 type bridge mcast_snooping 1
ip link set br0 up
for i in 1 2 3; do
  ip netns add m$i
  ip link add vm$i type veth peer name eth0 netns m$i
  ip link set vm$i master br0 up
  ip -n m$i addr add 10.77.0.$i/24 dev eth0; ip -n m$i link set eth0 up
done
cat /sys/class/net/br0/bridge/multicast_snooping
ip -n m2 addr add 239.1.2.3/32 dev eth0 autojoin
ip -n m3 addr add 239.1.2.3/32 dev eth0 autojoin
ip -n m3 addr add 239.9.9.9/32 dev eth0 autojoin
sleep 0.5
bridge mdb show | grep -v ff02 | awk '{print $2,$4,$6,$7}' | sort
ip -n m2 maddr show dev eth0 | grep -E 'inet |link ' | sort | uniq | grep -v '33:33:ff'
ip -n m2 addr show dev eth0 | grep 239
echo "--- receiver leaves"
ip -n m2 addr del 239.1.2.3/32 dev eth0
sleep 0.3
bridge mdb show | grep -v ff02 | awk '{print $2,$4,$6}' | sort
bridge mdb add dev br0 port vm1 grp 239.5.5.5 permanent
bridge mdb show dev br0 | grep 239.5.5.5
bridge mdb del dev br0 port vm1 grp 239.5.5.5
bridge mdb del dev br0 port vm1 grp 239.5.5.5; echo rc=$?
