# ip rule: duplicates, typos, bad prefixes, actions, listings, delete misses, flush, family mismatches.
ip rule add from 10.0.0.0/8 table 100
ip rule add from 10.0.0.0/8 table 100; echo rc=$?
ip rule add to 192.168.0.0/16 lookup 200 pref 500
ip rule add fwmark 0x10/0xff table 300
ip rule add iif lo table 400
ip rule add from all tabel 5; echo rc=$?
ip rule add from 10.0.0.0/33 table 5; echo rc=$?
ip rule add table; echo rc=$?
ip rule add pref abc table 5; echo rc=$?
ip rule add prohibit from 1.2.3.4
ip rule add unreachable to 1.2.3.5
ip rule add blackhole from 1.2.3.6
ip rule
ip rule show pref 500
ip rule list table 100
ip -o rule
ip -j rule show
ip rule del from 10.0.0.0/8 table 100
ip rule del from 10.0.0.0/8 table 100; echo rc=$?
ip rule del pref 12345; echo rc=$?
ip rule flush
ip rule
ip -6 rule
ip rule add from 2001:db8::/32 table 5; echo rc=$?
ip -6 rule add from 10.0.0.0/8 table 5; echo rc=$?
