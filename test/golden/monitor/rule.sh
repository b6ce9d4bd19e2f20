# ip monitor rule: IPv4 and IPv6 rules added and deleted (the priority the
# kernel picks when none is given), with -4/-6; label prefixes [RULE].
ip monitor rule > /tmp/m1 &
ip -6 monitor label rule > /tmp/m2 &
sleep 0.3
ip rule add from 10.1.0.0/16 table 100
ip rule add to 10.2.0.0/16 iif lo lookup 200 pref 50
ip rule add fwmark 0x10/0xff table 7
ip -6 rule add from 2001:db8::/32 table 100
ip -6 rule add not to 2001:db8::/32 table 200 pref 40
ip rule del pref 50
ip rule del table 100
ip -6 rule del from 2001:db8::/32 table 100
ip rule flush
sleep 0.3
kill %1 %2; wait
echo "--- rule"
cat /tmp/m1
echo "--- -6 label"
cat /tmp/m2
