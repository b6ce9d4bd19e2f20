# IPv6 rules naming devices that come and go: "[detached]" until the device
# registers, again after it leaves or is renamed (fib_rules_event for AF_INET6).
ip -6 rule add iif v6a lookup 100
ip -6 rule add oif v6b lookup 200
ip -6 rule show
ip link add v6a type veth peer name v6b
ip -6 rule show
ip link set v6a name v6c
ip -6 rule show
ip link set v6c name v6a
ip link del v6a
ip -6 rule show
ip rule add iif v6a lookup 100
ip rule show
