# Reading /proc/net and /sys/class/net directly, as in "how does ip get its data" posts
ip netns add lab
ip -n lab link set lo up
ip -n lab link add veth0 type veth peer name veth1
ip -n lab addr add 10.0.0.1/24 dev veth0
ip -n lab addr add 10.0.0.2/24 dev veth1
ip -n lab link set veth0 up; ip -n lab link set veth1 up
ip netns exec lab sh -c '
cat /proc/net/route | column -t 2>/dev/null || cat /proc/net/route
awk "NR>1 {print \$1, \$2, \$8}" /proc/net/route
cat /sys/class/net/veth0/mtu /sys/class/net/veth0/operstate /sys/class/net/veth0/type
cat /sys/class/net/veth0/iflink /sys/class/net/veth1/ifindex
ls /sys/class/net | sort | tr "\n" " "; echo
grep -c . /proc/net/dev
awk "/veth0/ {print \$1, \$2 >= 0}" /proc/net/dev
cat /proc/net/arp
ping -c1 -I veth0 10.0.0.2 >/dev/null 2>&1; echo ping rc=$?
head -1 /proc/net/snmp | tr " " "\n" | sed -n "2,4p"
grep -E "^Ip: [0-9]" /proc/net/snmp | cut -d" " -f2,3
cat /proc/net/if_inet6 | awk "{print \$6}" | sort
cat /proc/sys/net/ipv4/conf/veth0/arp_ignore /proc/sys/net/core/somaxconn
'
