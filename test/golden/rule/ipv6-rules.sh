# ip -6 rule: the IPv6 list (0: local, 32766: main), selectors and actions,
# automatic priorities, listing filters, JSON, deletion, flush (keeps pref 0),
# the family checks of prefixes.
ip -6 rule
ip -6 rule show
ip -j -6 rule
ip rule
ip -6 rule add from 2001:db8::/32 lookup 100
ip -6 rule add to 2001:db8:1::/48 table 200 pref 500
ip -6 rule add fwmark 0x10/0xff lookup 300
ip -6 rule add iif lo oif veth0 lookup 301
ip -6 rule add from all to 2001:db8:2::1 blackhole
ip -6 rule add to 2001:db8:3::/64 unreachable
ip -6 rule add to 2001:db8:4::/64 prohibit
ip -6 rule add from 2001:db8:5::/64 goto 500
ip -6 rule add nop
ip -6 rule add lookup main suppress_prefixlength 0
ip -6 rule add tos 0x10 lookup 100
ip -6 rule add dsfield 0x04 lookup 100
ip -6 rule add uidrange 100-200 lookup 100
ip -6 rule add ipproto tcp dport 80 lookup 100
ip -6 rule add l3mdev; echo $?
ip -6 rule add from 10.0.0.1 lookup 100; echo $?
ip rule add from 2001:db8::1 lookup 100; echo $?
ip -6 rule add from 2001:db8::/129 lookup 100; echo $?
ip -6 rule
ip -6 rule show table 100
ip -6 rule show from 2001:db8::/32
ip -6 -j -p rule show pref 500
ip rule
ip -6 rule del from 2001:db8::/32 lookup 100; echo $?
ip -6 rule del from 2001:db8::/32 lookup 100; echo $?
ip -6 rule del pref 500
ip -6 rule flush
ip -6 rule
ip -6 rule del pref 0; echo $?
ip -6 rule
ip -6 rule flush; echo $?
ip -6 rule add lookup local pref 0
ip -6 rule add lookup main pref 32766
ip -6 rule
