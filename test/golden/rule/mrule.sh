# ip mrule: the multicast routing rules (RTNL_FAMILY_IPMR / IP6MR): default rules, priorities
# given by fib_default_rule_pref, listing filters, flush (which takes the default rule too),
# save, and the errors (a prefix other than all, -0).
ip link add v0 type veth peer name v1
ip mrule add iif v0; echo "rc=$?"
ip mrule add iif v0; echo "rc=$?"
ip mrule add from all iif v1 table 10 pref 5; echo "rc=$?"
ip mrule add to all fwmark 7 unreachable pref 50; echo "rc=$?"
ip mrule add tos 0x10 table 3; echo "rc=$?"
ip mrule add oif v1 goto 50 pref 20; echo "rc=$?"
ip mrule add ipproto udp dport 5 table 4; echo "rc=$?"
ip mrule add iif v0 table 0; echo "rc=$?"
ip mrule
ip -j mrule
ip -4 mrule show iif v0
ip mrule show table 10
ip rule show
ip mrule del pref 5; echo "rc=$?"
ip mrule del iif nope; echo "rc=$?"
ip mrule flush; echo "rc=$?"
ip mrule
ip -6 mrule add iif v0 table 9; echo "rc=$?"
ip -6 mrule; ip -6 rule
ip -6 mrule add from 2001:db8::/32 table 9; echo "rc=$?"
ip -0 mrule; echo "rc=$?"
ip mrule add; echo "rc=$?"
ip mrule help 2>&1 | head -2; echo "rc=$?"
ip mru; echo "rc=$?"
ip mrule show; echo "rc=$?"
ip mrule add from 10.0.0.0/8 lookup 5 pref 100; echo "rc=$?"
ip mrule add from all lookup 5 pref 100; echo "rc=$?"
ip mrule list from 10.0.0.0/8; echo "rc=$?"
ip mrule list to all; echo "rc=$?"
ip mrule save | wc -c
ip mrule foo; echo "rc=$?"
ip -6 mrule flush; ip -6 mrule; echo "rc=$?"
