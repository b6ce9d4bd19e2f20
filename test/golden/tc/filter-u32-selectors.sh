# u32 selectors as tc packs them (ip/ip6/tcp/icmp/u32/u16/u8/ether/offset/nexthdr+/sample/hashkey), their errors,
# skip_hw/skip_sw, indev, order/handle/ht checks, and the listings: raw keys, -p per protocol, -j, -r.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
tc qdisc add dev v0 ingress
t() { echo "+ tc $*"; tc "$@"; echo "[exit $?]"; }
f() { t filter add dev v0 ingress protocol ${P:-ip} prio $1 u32 "${@:2}"; }
f 1 match ip protocol 6 0xff match ip dport 80 0xffff match ip sport 1024 0xffff flowid 1:1
f 2 match ip tos 0x10 0xff match ip ihl 5 0xf match ip nofrag match ip df
f 3 match tcp dst 80 0xffff match tcp src 22 0xffff match icmp type 8 0xff
f 4 match u32 0x12345678 0xffffffff at 20 match u16 0x1234 0xffff at 22 match u8 0x12 0xff at 23
f 5 match mark 0x10 0xff match ip dst 192.168.0.0/16
f 6 match ether dst 02:00:00:00:00:01 match ether src 02:00:00:00:00:02
f 7 offset plus 20 at 0 mask 0f00 shift 6 eat match u8 6 0xff at 9
f 8 match ip src 10.0.0.0/255.255.255.0 match ip dst 0.0.0.0/0
f 9 match u32 0x1 0x1 at nexthdr+4 match u16 0x80 0xffff at nexthdr+2
f 10 skip_hw match ip dst 1.2.3.4
f 11 skip_sw match ip dst 1.2.3.4
f 12 skip_sw skip_hw match ip dst 1.2.3.4
f 13 match ip dst 1.2.3.4 indev v1
f 14 match ip dst 1.2.3.4 indev nosuch
f 15 order 5 match ip dst 1.2.3.4
f 16 handle ::9 match ip dst 1.2.3.4
f 17 match u16 0x1 0x1ffff
f 18 match u8 1 0xff at 3 match u8 2 0xff at 3
f 19 match ip dst 1.2.3.4 match ip dst 1.2.3.5
f 20 match mark 0x11 0x1
f 21 match ip6 dst 2001:db8::1/64
P=ipv6 f 22 match ip6 src 2001:db8::/32 match ip6 dport 443 0xffff match ip6 priority 0x10 0xff match ip6 protocol 17 0xff
f 23 divisor 3
f 24 divisor 512
f 25 link 1:2:3 match ip dst 1.1.1.1
f 26 link 9: match ip dst 1.1.1.1
f 27 ht 9: match ip dst 1.1.1.1
t filter add dev v0 ingress protocol ip prio 28 handle 5: u32 divisor 16
t filter add dev v0 ingress protocol ip prio 28 u32 ht 5: sample ip dst 10.0.0.7/32 match ip dst 10.0.0.7 flowid 1:7
t filter add dev v0 ingress protocol ip prio 28 u32 ht 5: sample ip dst 10.0.0.7/32 divisor 16 match ip dst 10.0.0.7 flowid 1:7
t filter add dev v0 ingress protocol ip prio 28 u32 sample ip dst 10.0.0.7/32 match ip dst 10.0.0.7
t filter add dev v0 ingress protocol ip prio 28 u32 link 5: hashkey mask 0x000000ff at 16 match ip dst 10.0.0.0/24
t filter add dev v0 ingress protocol ip prio 28 u32 ht 800: match ip dst 10.0.0.9
t filter add dev v0 ingress protocol ip prio 28 handle 5:7:0 u32 ht 5:7: match ip dst 10.0.0.9
t filter add dev v0 ingress protocol ip prio 28 handle 6:7:1 u32 ht 5:7: match ip dst 10.0.0.9
t filter add dev v0 ingress protocol ip prio 28 handle 5:7:800 u32 ht 5:7: match ip dst 10.0.0.9
t filter add dev v0 ingress protocol ip prio 28 u32 order 7 handle 5:7:3 match ip dst 1.1.1.1
t filter show dev v0 ingress
t -p filter show dev v0 ingress
t -j filter show dev v0 ingress prio 1
t -r filter show dev v0 ingress prio 28
