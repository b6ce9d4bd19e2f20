# flush removes every rule with a priority (so not rule 0), main and default included;
# with a selector only the rules it matches.
ip rule add from 10.0.0.0/8 lookup 100
ip rule add fwmark 1 lookup 101
ip rule add to 10.1.0.0/16 lookup 100 protocol static
ip rule add lookup 102 pref 0
ip rule flush table 100 protocol static
ip rule
ip rule flush lookup 100
ip rule
ip rule flush
echo "rc=$?"
ip rule
ip -j rule
ip rule add from all lookup main pref 32766
ip rule add lookup default pref 32767
ip rule
