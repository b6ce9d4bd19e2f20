# ss without a protocol (ss -a, -an, -l, -f netlink, -A netlink) also lists the namespace's
# netlink sockets: one kernel socket per protocol (portid 0) and ss's own sock_diag socket
# (portid = its pid) with the dump buffer it is being filled into.
ss -an
ss -a
ss -l
ip link set lo up
nc -l 127.0.0.1 5000 > /dev/null &
nc -u -l 127.0.0.1 5001 > /dev/null &
sleep 0.5
ss -ln
ss -anp
ss -f netlink
ss -f netlink -n
ss -A netlink
ss -lA netlink -n
ss -A netlink,tcp -l -n
ss --query=netlink --all --numeric
ss -a --family netlink -e
ss -a4n
ss -an sport = :0
ss -an src 127.0.0.1
ss -a -A 'all,!netlink' -n
ss -f bogus; echo "status $?"
out=$(ss -A bogus 2>&1); echo "status $?"; echo "$out" | sed -n 1p
out=$(ss -f 2>&1); echo "status $?"; echo "$out" | sed -n 1p
ss -x
ss -xa
kill %1 %2; wait
