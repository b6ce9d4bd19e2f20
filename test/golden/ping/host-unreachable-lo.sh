# With lo up, the host unreachable errors for queued echo requests reach ping:
# three ARP probes one second apart, then one error per waiting request.
ip link set lo up
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ping -c 5 10.0.0.2; echo "rc=$?"
ping -c 2 -i 0.2 10.0.0.2; echo "rc=$?"
ping -w 2 10.0.0.3; echo "rc=$?"
ip neigh
