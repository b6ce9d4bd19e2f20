# A device whose MTU is below 1280 has no inet6_dev: no net.ipv6.conf.DEV (nor
# neigh, dev_snmp6) entries; raising the MTU brings them back, lowering it again
# takes them (and the addresses) away.
ip link add v0 type veth peer name v1
ip link set v1 mtu 1000
sysctl net.ipv6.conf.v1.disable_ipv6; echo "rc=$?"
ls /proc/sys/net/ipv6/conf/ | sort
ls /proc/net/dev_snmp6/ | sort
ip link set v1 mtu 1400
sysctl net.ipv6.conf.v1.disable_ipv6; echo "rc=$?"
ip link set v1 up
ip link set v0 up
sleep 0.1
ip -6 addr show dev v1 | grep -c inet6
ip link set v1 mtu 1200
ip -6 addr show dev v1; echo "rc=$?"
sysctl net.ipv6.conf.v1.mtu; echo "rc=$?"
ip link set v1 mtu 1280
sysctl net.ipv6.conf.v1.mtu
ls /proc/sys/net/ipv6/neigh/ | sort
