# lo coming up gets ::1/128 (no DAD, no link-local) and its local route;
# going down takes both away.
ip -6 addr
ip -6 route show table all
ip link set lo up
ip addr show dev lo
ip -6 addr show dev lo
ip -6 route show table all
ip -6 route show table local
ip link set lo down
ip -6 addr show dev lo
ip -6 route show table all
