# Live capture errors: no such device, a device that is down.
tcpdump -i nope -n; echo "status $?"
ip link add veth0 type veth peer name veth1
tcpdump -i veth0 -n; echo "status $?"
