# ::1 in the other output forms: -o, -br, -j, and ifconfig's inet6 line.
ip link set lo up
ip -6 -o addr show dev lo
ip -6 -br addr show dev lo
ip -j -6 addr show dev lo
echo
ip -j -p -6 route show table local
ifconfig lo
