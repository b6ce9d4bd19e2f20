# Nobody answers ARP for 10.0.0.2: after 3 probes (1 s apart) the queued echo
# requests come back as ICMP host unreachable from our own address.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ping -c 5 10.0.0.2; echo "rc=$?"
ip neigh
ping -c 2 -i 0.5 10.0.0.3; echo "rc=$?"
