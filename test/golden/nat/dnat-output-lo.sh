# DNAT at OUTPUT to loopback while lo is down (no local route for 127.0.0.1:
# the re-route fails, the SYN is dropped and nc -w gives up), to an address
# of ours with no listener, and within a namespace from 127.0.0.1:80 to
# 127.0.0.1:8080 with and without a listener.
ip link add v0 type veth peer name v1
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip route add default via 10.0.0.2
iptables -t nat -A OUTPUT -p tcp -d 203.0.113.5 --dport 80 -j DNAT --to-destination 127.0.0.1:8080
(echo local; sleep 0.3) | nc -N -w 3 203.0.113.5 80; echo rc=$?
iptables -t nat -A OUTPUT -p tcp -d 203.0.113.5 --dport 81 -j DNAT --to-destination 10.0.0.1:8080
(echo local; sleep 0.3) | nc -N -w 3 203.0.113.5 81; echo rc=$?
ip netns add s
ip netns exec s ip link set lo up
ip netns exec s iptables -t nat -A OUTPUT -p tcp -d 127.0.0.1 --dport 80 -j DNAT --to-destination 127.0.0.1:8080
ip netns exec s sh -c '(echo local; sleep 0.3) | nc -N -w 3 127.0.0.1 80; echo rc=$?'
ip netns exec s sh -c 'timeout 2 nc -l -p 8080 & sleep 0.2; (echo hi; sleep 0.3) | nc -N -w 3 127.0.0.1 80; echo rc=$?; wait'
