# macvlan: modes, ip -d, mode changes, errors; mode source with macaddr add/del/set/flush (listed in the port hash's order), refused on other modes
ip link add eth0 type veth peer name peer0
ip link add mv0 link eth0 type macvlan
ip link add mv1 link eth0 type macvlan mode private
ip link add mv2 link eth0 type macvlan mode vepa
ip link add mv3 link eth0 type macvlan mode passthru; echo rc=$?
ip link add mv4 link eth0 type macvlan mode foo; echo rc=$?
ip link add mv4 type macvlan; echo rc=$?
ip link add mv4 link nope type macvlan; echo rc=$?
ip link add mv4 link mv0 type macvlan mode bridge; echo rc=$?
ip -d link show mv0 | tail -n +2
ip -d link show mv4 | tail -n +2 | head -3
ip link set mv1 type macvlan mode bridge; echo rc=$?
ip -d link show mv1 | grep -o 'macvlan mode [a-z]*'
ip link add mv5 link eth0 type macvlan mode source; echo rc=$?
ip link set mv5 type macvlan macaddr add 02:00:00:00:00:aa; echo rc=$?
ip link set mv5 type macvlan macaddr add 02:00:00:00:00:bb; echo rc=$?
ip -d link show mv5 | tail -n +2
ip link set mv5 type macvlan macaddr del 02:00:00:00:00:aa; echo rc=$?
ip link set mv5 type macvlan macaddr del 02:00:00:00:00:cc; echo rc=$?
ip link set mv5 type macvlan macaddr set 02:00:00:00:00:01 02:00:00:00:00:02; echo rc=$?
ip -d link show mv5 | grep -o 'remotes.*'
ip link set mv5 type macvlan macaddr flush; echo rc=$?
ip -d link show mv5 | tail -n +3 | head -1
ip link set mv0 type macvlan macaddr add 02:00:00:00:00:aa; echo rc=$?
ip link add mv6 link eth0 type macvlan mode source macaddr add 02:00:00:00:00:aa; echo rc=$?
ip link add mv7 link eth0 type macvlan nopromisc; echo rc=$?
ip link add mv8 link eth0 type macvlan bcqueuelen 2000; echo rc=$?
ip -d link show mv8 | grep -o 'bcqueuelen.*usedbcqueuelen [0-9]*'
ip link del eth0
ip link show | grep -c mv
