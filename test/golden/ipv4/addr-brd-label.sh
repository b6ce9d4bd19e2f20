ip link add veth0 type veth peer name veth1
ip addr add 10.30.0.1/24 brd + dev veth0
ip addr add 10.30.1.1/24 broadcast 10.30.1.128 dev veth0 label veth0:web
ip addr add 10.30.2.1/24 brd - dev veth0
ip addr add 10.30.0.2/24 dev veth0 label veth0:x
ip addr add 10.30.0.3/24 dev veth0 label foo; echo rc=$?
ip addr add 10.30.0.4/24 dev veth0 label veth0:abcdefghijklmnop; echo rc=$?
ip addr show dev veth0
ip addr show label 'veth0:*'
ip addr del 10.30.0.1/24 dev veth0
ip addr show dev veth0
ip -4 addr show dev veth0 secondary
ip -4 addr show dev veth0 primary
ip route show table local
ip addr add 10.30.3.1/32 peer 10.30.3.2 dev veth0
ip addr add 10.30.4.1/24 dev veth0 scope link
ip addr add 10.30.5.1/24 dev veth0 noprefixroute
ip -4 -o addr
ip route
