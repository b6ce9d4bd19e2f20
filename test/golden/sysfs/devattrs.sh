# per-device attributes of /sys/class/net/DEV, down then up (carrier, dormant, speed, duplex, testing fail with EINVAL on a down device)
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec a ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
show() {
  for f in address addr_assign_type addr_len broadcast mtu ifindex iflink type flags operstate carrier dormant tx_queue_len ifalias link_mode dev_id dev_port speed duplex netdev_group carrier_changes carrier_up_count carrier_down_count proto_down testing; do
    printf '%s: ' $f; ip netns exec a cat /sys/class/net/$1/$f
  done
}
show v0
show lo
ip netns exec a ip link set v0 up
ip netns exec a ip link set v1 up
show v0
ip netns exec a ip link set lo up
show lo
ip netns exec a cat /sys/class/net/v0/statistics/rx_packets /sys/class/net/v0/statistics/tx_packets
ip netns exec a ip addr add 10.0.0.1/24 dev v0
ip netns exec a ip addr add 10.0.0.2/24 dev v1
ip netns exec a ip link set v1 down
ip netns exec a cat /sys/class/net/v0/carrier /sys/class/net/v0/operstate
ip netns exec a ping -c 2 -i 0.2 -q 10.0.0.9 >/dev/null 2>&1
ip netns exec a sh -c 'cd /sys/class/net/v0/statistics && grep . rx_packets rx_bytes tx_packets tx_bytes rx_dropped tx_dropped tx_errors multicast'
ip netns exec a sh -c 'cd /sys/class/net/v0 && grep . carrier_changes carrier_up_count carrier_down_count'
