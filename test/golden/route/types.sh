# Route types: blackhole, unreachable, prohibit, throw, local, broadcast, nat-less others.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route add blackhole 192.168.1.0/24
ip route add unreachable 192.168.2.0/24
ip route add prohibit 192.168.3.0/24
ip route add throw 192.168.4.0/24
ip route add local 192.168.5.0/24 dev veth0
ip route add broadcast 192.168.6.255 dev veth0
ip route add unicast 192.168.7.0/24 dev veth0
ip route add blackhole 192.168.8.0/24 metric 5 proto static
ip route
ip route show table local
ip route show type blackhole
ip route show type local table all
ip route get 192.168.1.1; echo "rc=$?"
ip route get 192.168.2.1; echo "rc=$?"
ip route get 192.168.3.1; echo "rc=$?"
ip route get 192.168.4.1; echo "rc=$?"
ip route get 192.168.5.9; echo "rc=$?"
ip route get 192.168.7.9; echo "rc=$?"
ip route del blackhole 192.168.1.0/24
ip route del 192.168.2.0/24
ip route del unreachable 192.168.3.0/24; echo "rc=$?"
ip route
