# ip link add/set type bridge: every option of iplink_bridge.c, the kernel's ranges and refusals (ERANGE timers, restricted group_fwd_mask, non link-local group_address, mcast_router 3, igmp 4), timers through jiffies (ageing_time 9 reads 8)
ip link add br0 type bridge stp_state 1 forward_delay 400 hello_time 100 max_age 1000 priority 100 ageing_time 6000
ip -d link show br0 | sed -n 3p | cut -c1-150
ip link set br0 type bridge forward_delay 100; echo rc=$?
ip link set br0 type bridge forward_delay 3100; echo rc=$?
ip link set br0 type bridge hello_time 50; echo rc=$?
ip link set br0 type bridge max_age 100; echo rc=$?
ip link set br0 type bridge priority 65536; echo rc=$?
ip link set br0 type bridge priority -1; echo rc=$?
ip link set br0 type bridge ageing_time 0; echo rc=$?
ip link set br0 type bridge ageing_time 9; echo rc=$?
ip link set br0 type bridge group_fwd_mask 0x4000; echo rc=$?
ip link set br0 type bridge group_fwd_mask 0x1; echo rc=$?
ip link set br0 type bridge group_fwd_mask 0x4; echo rc=$?
ip link set br0 type bridge group_address 01:80:c2:00:00:05; echo rc=$?
ip link set br0 type bridge group_address 01:80:c2:00:00:10; echo rc=$?
ip link set br0 type bridge group_address 02:00:00:00:00:01; echo rc=$?
ip link set br0 type bridge stp_state 2; echo rc=$?
ip link set br0 type bridge bogus 1; echo rc=$?
ip link set br0 type bridge forward_delay; echo rc=$?
ip link set br0 type bridge forward_delay abc; echo rc=$?
ip link set br0 type bridge mcast_snooping 0 mcast_router 2 mcast_query_use_ifaddr 1; echo rc=$?
ip link set br0 type bridge mcast_router 3; echo rc=$?
ip link set br0 type bridge nf_call_iptables 1; echo rc=$?
ip link set br0 type bridge mcast_hash_max 300; echo rc=$?
ip link set br0 type bridge mcast_hash_max 512; echo rc=$?
ip link set br0 type bridge mcast_igmp_version 3 mcast_mld_version 2; echo rc=$?
ip link set br0 type bridge mcast_igmp_version 4; echo rc=$?
ip link set br0 type bridge no_linklocal_learn 1; echo rc=$?
ip link set br0 type bridge mcast_last_member_interval 200 mcast_membership_interval 30000; echo rc=$?
ip -d link show br0 | sed -n 3p
cat /sys/class/net/br0/bridge/group_fwd_mask /sys/class/net/br0/bridge/group_addr /sys/class/net/br0/bridge/multicast_router /sys/class/net/br0/bridge/hash_max
ls /sys/class/net/br0/bridge/
