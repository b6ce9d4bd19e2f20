# No link-local address without carrier; losing carrier later keeps the
# address but marks the routes linkdown; taking the device down removes both.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip -6 addr show dev veth0
cat /proc/net/if_inet6
ip link set veth1 up
sleep 2.5
ip link set veth1 down
ip -6 addr show dev veth0
ip -6 route show table all dev veth0
ip link set veth0 down
ip -6 addr show dev veth0
ip -6 route show table all dev veth0
