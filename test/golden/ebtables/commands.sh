# ebtables (1.8.9, nf_tables) commands and their errors: built-in chains shown
# before they exist, -A/-I/-D (by rule and by number), -N/-E/-X, -P (RETURN
# only for user chains), -F/-Z, --Ln/--Lc/--Lx, MAC names and masks, 802.3
# "Length", ethertype names from /etc/ethertypes, the nat table, and the
# messages and exit statuses of mistakes.
ebtables -V
ebtables -L; echo rc=$?
ebtables -t nat -L; echo rc=$?
ebtables -A FORWARD -p IPv4 -s 00:11:22:33:44:55 -j DROP; echo rc=$?
ebtables -A FORWARD -p ! ARP -d 01:00:00:00:00:00/01:00:00:00:00:00 -i eth0 -j ACCEPT; echo rc=$?
ebtables -A INPUT --logical-in br0 -o x -j CONTINUE; echo rc=$?
ebtables -N foo; echo rc=$?
ebtables -A foo -j RETURN; echo rc=$?
ebtables -A FORWARD -j foo
ebtables -P FORWARD DROP; echo rc=$?
ebtables -P foo RETURN; echo rc=$?
ebtables -L; echo rc=$?
ebtables -L --Ln; echo rc=$?
ebtables -L --Lc; echo rc=$?
ebtables -L --Lx; echo rc=$?
ebtables -L FORWARD --Ln --Lc; echo rc=$?
ebtables-save | grep -v '^#'; echo rc=$?
ebtables-save -c | grep -v '^#'; echo rc=$?
EBTABLES_SAVE_COUNTER=yes ebtables-save; EBTABLES_SAVE_COUNTER=1 ebtables-save -c | grep -v '^#'
ebtables -D FORWARD 1; echo rc=$?
ebtables -D FORWARD -p IPv4 -s 00:11:22:33:44:55 -j DROP; echo rc=$?
ebtables -E foo bar; echo rc=$?
ebtables -L; echo rc=$?
ebtables -X bar; echo rc=$?
ebtables -F; echo rc=$?
ebtables -X bar; echo rc=$?
ebtables -Z; echo rc=$?
ebtables -L; echo rc=$?
ebtables -t nat -A POSTROUTING -j ACCEPT; echo rc=$?
ebtables -t bogus -L; echo rc=$?
ebtables -t broute -L; echo rc=$?
ebtables -A BOGUS -j ACCEPT; echo rc=$?
ebtables -A FORWARD -j BOGUS; echo rc=$?
ebtables -A FORWARD -p FOO -j DROP; echo rc=$?
ebtables -A FORWARD -p 0x100 -j DROP; echo rc=$?
ebtables -A FORWARD -p 0x10000 -j DROP; echo rc=$?
ebtables -A FORWARD -s xx -j DROP; echo rc=$?
ebtables -A FORWARD -i 0123456789abcdefg -j DROP; echo rc=$?
ebtables -P FORWARD FOO; echo rc=$?
ebtables -P FORWARD RETURN; echo rc=$?
ebtables -P FORWARD CONTINUE; echo rc=$?
ebtables -Q; echo rc=$?
ebtables -A; echo rc=$?
ebtables -A FORWARD --foo; echo rc=$?
ebtables -A FORWARD -j ACCEPT -j DROP; echo rc=$?
ebtables -I FORWARD 0 -j DROP; echo rc=$?
ebtables -X FORWARD; echo rc=$?
ebtables -N FORWARD; echo rc=$?
ebtables -L NOPE; echo rc=$?
ebtables -F NOPE; echo rc=$?
ebtables -E NOPE x; echo rc=$?
ebtables -t filter -A FORWARD -p 0x0806 -j DROP; echo rc=$?
ebtables -I FORWARD 1 -p 0x800 -j ACCEPT; echo rc=$?
ebtables -I FORWARD 9 -p 0x800 -j ACCEPT; echo rc=$?
ebtables -A FORWARD -p LENGTH -s 0:1:2:3:4:5/ff:ff:ff:0:0:0 -d Broadcast -j DROP; echo rc=$?
ebtables -A FORWARD -d BGA -s ! Unicast -j CONTINUE; echo rc=$?
ebtables -A FORWARD ! -p ipv6 -j ACCEPT; echo rc=$?
ebtables -A FORWARD -p 0x88cc -o ! veth+ -j DROP; echo rc=$?
ebtables -A FORWARD --logical-out br0 -j DROP; echo rc=$?
ebtables -L FORWARD --Ln
ebtables -D FORWARD 2:3; echo rc=$?
ebtables -D FORWARD 2:9; echo rc=$?
ebtables -L FORWARD --Ln
ebtables-save | grep -v '^#'
ebtables-save -t nat | grep -v '^#'
ebtables --init-table; echo rc=$?
ebtables-save -h; echo rc=$?
ebtables -h | head -3
