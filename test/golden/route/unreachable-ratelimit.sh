# A router's unreachable/prohibit/missing routes answer through ip_error(), which charges
# the sender's inet_peer (1 s per error, burst 5 s) before icmp_send()'s icmp_ratelimit
# charges the same tokens again: two errors, then silence while the stream keeps
# the bucket under 2 s; after a pause the burst is back.
ip netns add h
ip link add r0 type veth peer name h0 netns h
ip addr add 10.0.0.1/24 dev r0
ip link set r0 up
ip -n h addr add 10.0.0.2/24 dev h0
ip -n h link set h0 up
ip -n h route add default via 10.0.0.1
sysctl -w net.ipv4.ip_forward=1 >/dev/null
ip route add unreachable 192.0.2.0/24
ip route add prohibit 198.51.100.0/24
ip netns exec h ping -c 8 -i 0.05 -W 1 192.0.2.1 | grep -v time
ip netns exec h ping -c 8 -i 0.05 -W 1 198.51.100.1 | grep -v time
ip netns exec h ping -c 8 -i 0.05 -W 1 203.0.113.1 | grep -v time
ip route del unreachable 192.0.2.0/24
ip netns exec h ping -c 5 -i 0.3 -W 1 192.0.2.1 | grep -v time
sleep 6
ip netns exec h ping -c 4 -i 0.05 -W 1 198.51.100.1 | grep -v time
