# ip ntable show/list/change: tables and per-device sets (newest first), filters, the jiffies rounding of
# times, changes refused outside init_net, usage and errors (reachable is random: masked).
ip link add va type veth peer name vb
ip ntable show
echo ===
ip ntable show name arp_cache dev va
ip -4 ntable show dev lo
ip -6 ntable show dev vb
ip ntable change name arp_cache dev va retrans 500 queue 10 ucast_probes 5; echo rc=$?
ip ntable show name arp_cache dev va
ip ntable change name arp_cache thresh1 64; echo rc=$?
ip ntable change name arp_cache dev va thresh1 64; echo rc=$?
ip ntable change name arp_cache dev nodev retrans 5; echo rc=$?
ip ntable change dev va retrans 5; echo rc=$?
ip ntable change name foo retrans 5; echo rc=$?
ip ntable change name arp_cache retrans 5; echo rc=$?
ip ntable change name arp_cache dev va bogus 5; echo rc=$?
ip ntable change name arp_cache dev va retrans abc; echo rc=$?
ip ntable bogus; echo rc=$?
ip ntable help; echo rc=$?
sysctl net.ipv4.neigh.va.retrans_time_ms net.ipv4.neigh.va.ucast_solicit net.ipv4.neigh.va.unres_qlen_bytes net.ipv4.neigh.va.unres_qlen
ip -j ntable show name arp_cache dev lo
ip ntable change name arp_cache dev va; echo rc=$?
ip ntable change; echo rc=$?
ip ntable change name arp_cache dev va retrans; echo rc=$?
ip ntable change name arp_cache dev va name ndisc_cache retrans 300; echo rc=$?
ip ntable show dev va
ip -6 ntable change name arp_cache dev va retrans 300; echo rc=$?
ip ntable change name arp_cache dev va gc_stale 1500 delay_probe 2001 base_reachable 10000 locktime 55 anycast_delay 33 proxy_delay 7 proxy_queue 3 app_probes 2 mcast_probes 4 retrans 5; echo rc=$?
ip ntable show dev va name arp_cache
sysctl -a 2>/dev/null | grep "ipv4.neigh.va"
ip ntable show dev nodev; echo rc=$?
ip ntable show name bogus; echo rc=$?
ip ntable show foo; echo rc=$?
ip ntable list dev lo name arp_cache
ip link add vc type veth peer name vd
ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev va
ip neigh add 10.0.0.6 dev va nud failed
ip ntable; echo rc=$?
ip link set va mtu 1000
ip ntable show dev va
