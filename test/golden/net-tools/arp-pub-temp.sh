# arp -s: temp entries are STALE, pub makes a proxy entry (/32 netmask by default, another netmask refused, no -i: the device owning the address, -D: the device's own address), /proc/net/arp and arp -an list proxy entries, arp -d pub removes them.
ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth1
ip addr add 10.0.0.1/24 dev eth0
ip link set eth0 up
arp -i eth0 -s 10.0.0.7 02:00:00:00:00:77 pub; echo $?
ip neigh show proxy
sysctl net.ipv4.conf.eth0.proxy_arp net.ipv4.conf.all.proxy_arp
arp -an
cat /proc/net/arp
arp -s 10.0.0.6 02:00:00:00:00:01 pub; echo $?
ip neigh show proxy
sysctl net.ipv4.conf.eth0.proxy_arp net.ipv4.conf.all.proxy_arp
arp -i eth0 -s 10.0.0.5 02:00:00:00:00:55 pub netmask 255.255.255.255; echo $?
arp -i eth0 -s 10.0.0.0 02:00:00:00:00:55 pub netmask 255.255.255.0; echo $?
ip neigh show proxy
arp -i eth0 -Ds 10.0.0.4 eth0 pub; echo $?
arp -i eth0 -s 10.0.0.3 02:00:00:00:00:33 temp; echo $?
ip neigh show 10.0.0.3
arp -i eth0 -d 10.0.0.7 pub; echo $?
ip neigh show proxy
arp -an
