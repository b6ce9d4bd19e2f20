# The multicast groups a device holds, as /proc/net/igmp, /proc/net/igmp6 and
# /proc/net/dev_mcast show them (solicited-node groups left out: they carry
# the random MAC in a form no mask recognises).
ip link add veth0 type veth peer name veth1
cat /proc/net/igmp
cat /proc/net/igmp6
cat /proc/net/dev_mcast
ip link set lo up
ip link set veth0 up
cat /proc/net/igmp
cat /proc/net/igmp6
cat /proc/net/dev_mcast
ip link set veth1 up
sleep 0.5
grep -v ff0200000000000000000001ff /proc/net/igmp6
grep -v 3333ff /proc/net/dev_mcast
grep -c 3333ff /proc/net/dev_mcast
ip link set veth0 down
cat /proc/net/igmp
grep veth0 /proc/net/igmp6
grep veth0 /proc/net/dev_mcast
