# brd +, explicit broadcast, peer addresses, scope, labels, /32 and /31.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 brd + dev veth0
ip addr add 10.0.1.1/24 broadcast 10.0.1.127 dev veth0
ip addr add 10.0.2.1/24 brd - dev veth0
ip addr add 10.0.3.1 peer 10.0.3.2 dev veth0
ip addr add 10.0.4.1/24 scope link dev veth0
ip addr add 10.0.5.1/24 scope host dev veth0
ip addr add 10.0.6.1/24 dev veth0 label veth0:web
ip addr add 10.0.7.1/32 dev veth0
ip addr add 10.0.8.1/31 dev veth0
ip addr add 10.0.9.1/24 dev veth0 noprefixroute
ip -4 addr show dev veth0
ip -4 addr show label veth0:web
ip -4 route show table all
ip -4 addr show scope link
ip -4 addr show scope host
ip -4 addr show to 10.0.0.0/16
