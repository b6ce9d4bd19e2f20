# u32 filters on an ingress qdisc: auto priorities, shared hash table ids, handles X:Y:Z, hash tables and links,
# get/replace/change/delete (a key deleted through another priority's tp: they share one tc_u_common).
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
t() { echo "+ tc $*"; tc "$@"; echo "[exit $?]"; }
t filter add dev v0 ingress protocol ip u32 match ip dst 10.0.0.1/32 flowid 1:1
t filter add dev v0 parent ffff: protocol ip u32 match ip dst 10.0.0.1/32 flowid 1:1
t filter show dev v0 parent ffff:
t filter show dev v0
t filter add dev nosuch parent ffff: u32 match ip dst 1.2.3.4
t qdisc add dev v0 ingress
t filter add dev v0 parent ffff: protocol ip u32 match ip dst 10.0.0.1/32 flowid 1:1
t filter add dev v0 parent ffff: protocol ip u32 match ip dst 10.0.0.2/32 flowid 1:2
t filter add dev v0 parent ffff: protocol ip u32 match ip src 10.0.0.3/24 classid 1:3
t filter add dev v0 parent ffff: protocol ipv6 u32 match ip6 dst ::1 flowid 1:3
t filter add dev v0 parent ffff: protocol ip prio 10 u32 match ip protocol 6 0xff match tcp dport 80 0xffff flowid 1:10
t filter add dev v0 parent ffff: prio 10 protocol ip u32 match u8 1 0xff at 9
t filter add dev v0 parent ffff: prio 10 protocol arp u32 match u8 1 0xff at 9
t filter add dev v0 parent ffff: prio 5 u32 match u16 0x0800 0xffff at -2
t filter add dev v0 parent ffff: prio 5 matchall
t filter show dev v0
t -s filter show dev v0
t filter show dev v0 parent ffff: prio 10
t filter show dev v0 parent ffff: protocol ipv6
t filter del dev v0 parent ffff: prio 10 handle 801::800 u32
t filter del dev v0 parent ffff: prio 10 handle 801::801 u32
t filter show dev v0 parent ffff: prio 10
t filter del dev v0 parent ffff: prio 10
t filter del dev v0 parent ffff: prio 10
t filter del dev v0 parent ffff: prio 77
t filter show dev v0
t filter del dev v0 parent ffff:
t filter show dev v0
t filter add dev v0 parent ffff: u32
t filter add dev v0 parent ffff: protocol ip prio 3 u32
t filter show dev v0
t filter add dev v0 parent ffff: protocol ip prio 3 handle 1: u32 divisor 256
t filter add dev v0 parent ffff: protocol ip prio 3 u32 link 1: hashkey mask 0x000000ff at 16 match ip dst 10.0.0.0/24
t filter add dev v0 parent ffff: protocol ip prio 3 u32 ht 1:2: match ip dst 10.0.0.2 flowid 1:2
t filter add dev v0 parent ffff: protocol ip prio 3 u32 ht 2: match ip dst 10.0.0.2 flowid 1:2
t filter add dev v0 parent ffff: protocol ip prio 3 u32 ht 1:300: match ip dst 10.0.0.2 flowid 1:2
t filter show dev v0
t filter del dev v0 parent ffff: protocol ip prio 3 handle 1: u32
t filter del dev v0 parent ffff: protocol ip prio 3 handle 800: u32
t filter get dev v0 parent ffff: protocol ip prio 3 handle 1:2:800 u32
t filter get dev v0 parent ffff: protocol ip prio 3 handle 1:2:801 u32
t filter replace dev v0 parent ffff: protocol ip prio 3 handle 1:2:800 u32 match ip dst 10.0.0.9 flowid 1:9
t filter change dev v0 parent ffff: protocol ip prio 3 handle 1:2:800 u32 flowid 1:7
t filter show dev v0 parent ffff: prio 3
