# Error paths of ip neigh.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip addr add 10.0.0.1/24 dev veth0
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02; echo "rc=$?"
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev nosuch; echo "rc=$?"
ip neigh add 10.0.0.2 lladdr zz dev veth0; echo "rc=$?"
ip neigh add foo lladdr 02:00:00:00:00:02 dev veth0; echo "rc=$?"
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev veth0 nud bogus; echo "rc=$?"
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev veth0; echo "rc=$?"
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:03 dev veth0; echo "rc=$?"
ip neigh change 10.0.0.9 lladdr 02:00:00:00:00:03 dev veth0; echo "rc=$?"
ip neigh del 10.0.0.9 dev veth0; echo "rc=$?"
ip neigh del 10.0.0.2; echo "rc=$?"
ip neigh bogus; echo "rc=$?"
ip neigh show dev nosuch; echo "rc=$?"
ip neigh add 10.0.0.2 dev veth0; echo "rc=$?"
ip neigh
