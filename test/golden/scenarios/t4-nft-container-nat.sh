# The nftables way: one inet filter table and an ip nat table for a container bridge, then list with handles and counters
ip link add cbr0 type bridge; ip addr add 10.88.0.1/16 dev cbr0; ip link set cbr0 up
ip netns add pod
ip link add vp type veth peer name eth0 netns pod
ip link set vp master cbr0 up
ip -n pod addr add 10.88.0.5/16 dev eth0; ip -n pod link set eth0 up; ip -n pod link set lo up
ip -n pod route add default via 10.88.0.1
ip netns add inet
ip link add wan type veth peer name eth0 netns inet
ip addr add 100.64.0.2/24 dev wan; ip link set wan up
ip -n inet addr add 100.64.0.1/24 dev eth0; ip -n inet link set eth0 up
sysctl -qw net.ipv4.ip_forward=1
nft -f - <<'X'
table ip nat {
  chain postrouting {
    type nat hook postrouting priority srcnat; policy accept;
    ip saddr 10.88.0.0/16 oifname != "cbr0" counter masquerade
  }
}
table inet filter {
  chain forward {
    type filter hook forward priority filter; policy drop;
    ct state established,related counter accept
    iifname "cbr0" oifname "wan" counter accept
  }
}
X
ip netns exec pod ping -c 2 -i 0.2 100.64.0.1 | grep -o '[0-9] received'
ip netns exec inet ping -c 1 -W 1 10.88.0.5 2>&1 | grep -o '[0-9] received\|unreachable'
nft list ruleset
nft -a list chain inet filter forward | grep handle | sed 's/^\t*//'
nft delete rule inet filter forward handle 99; echo rc=$?
nft list tables
nft flush ruleset; nft list ruleset | wc -l
