# A veth pair up: EUI-64 link-local addresses, tentative until DAD is over
# (about 1-2 s), the fe80::/64 and ff00::/8 routes at once, the local route
# only once the address is valid.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip -6 addr show dev veth0
ip -6 route show table all dev veth0
ip link set veth1 up
ip -6 addr show dev veth0
ip -6 addr show dev veth1
ip -6 route show dev veth0
ip -6 route show table local dev veth0
sleep 3
ip -6 addr show dev veth0
ip -6 route show table local dev veth0
ip -6 route show table all dev veth1
ip -j -6 route show table all dev veth0
echo
ip -6 -d route show table local dev veth1
