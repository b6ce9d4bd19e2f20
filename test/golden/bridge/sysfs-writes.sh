# /sys/class/net/BR/bridge writes as tutorials do them (multicast_snooping, nf_call_iptables, group_fwd_mask, multicast_router, intervals clamped), then the same through ip link
ip link add br0 type bridge
echo 0 > /sys/class/net/br0/bridge/multicast_snooping; echo rc=$?
cat /sys/class/net/br0/bridge/multicast_snooping
echo 1 > /sys/class/net/br0/bridge/nf_call_iptables; echo rc=$?
cat /sys/class/net/br0/bridge/nf_call_iptables
echo 8 > /sys/class/net/br0/bridge/group_fwd_mask; echo rc=$?
echo 1 > /sys/class/net/br0/bridge/group_fwd_mask; echo rc=$?
cat /sys/class/net/br0/bridge/group_fwd_mask
echo 3 > /sys/class/net/br0/bridge/multicast_router; echo rc=$?
echo 0 > /sys/class/net/br0/bridge/multicast_router; echo rc=$?
cat /sys/class/net/br0/bridge/multicast_router
echo 3 > /sys/class/net/br0/bridge/multicast_igmp_version; echo rc=$?
echo 5 > /sys/class/net/br0/bridge/multicast_igmp_version; echo rc=$?
cat /sys/class/net/br0/bridge/multicast_igmp_version
echo 50 > /sys/class/net/br0/bridge/multicast_query_interval; echo rc=$?
cat /sys/class/net/br0/bridge/multicast_query_interval
echo 1001 > /sys/class/net/br0/bridge/multicast_membership_interval; echo rc=$?
cat /sys/class/net/br0/bridge/multicast_membership_interval
echo 7 > /sys/class/net/br0/bridge/hash_elasticity; echo rc=$?
cat /sys/class/net/br0/bridge/hash_elasticity
echo 1 > /sys/class/net/br0/bridge/no_linklocal_learn; echo rc=$?
echo 1 > /sys/class/net/br0/bridge/multicast_stats_enabled; echo rc=$?
echo 301 > /sys/class/net/br0/bridge/ageing_time
cat /sys/class/net/br0/bridge/ageing_time
echo abc > /sys/class/net/br0/bridge/ageing_time; echo rc=$?
echo -1 > /sys/class/net/br0/bridge/ageing_time; echo rc=$?
ip -d link show br0 | grep -o 'ageing_time [0-9]*\|mcast_snooping [0-9]\|nf_call_iptables [0-9]\|mcast_query_interval [0-9]*\|no_linklocal_learn [0-9]\|mcast_stats_enabled [0-9]\|mcast_router [0-9]'
ip link set br0 type bridge mcast_query_interval 99999999999; echo rc=$?
ip link set br0 type bridge mcast_startup_query_interval 0; echo rc=$?
ip -d link show br0 | grep -o 'mcast_query_interval [0-9]*\|mcast_startup_query_interval [0-9]*'
ip link set br0 type bridge mcast_query_interval 4294967296; echo rc=$?
ip link set br0 type bridge hello_time 4294967296; echo rc=$?
ip link add br1 type bridge group_fwd_mask 3; echo rc=$?
ip link show br1; echo rc=$?
ip link add br1 type bridge mcast_snooping 0 nf_call_iptables 1 mcast_igmp_version 3; echo rc=$?
ip -d -j link show br1 | grep -o '"mcast_snooping":[0-9]*,\|"nf_call_iptables":[0-9]\|"mcast_igmp_version":[0-9]'
