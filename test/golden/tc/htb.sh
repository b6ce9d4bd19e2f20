# htb: qdisc and class options as q_htb.c parses and prints them (-d, -r, -s xstats, -j), bursts from
# /proc/net/psched's clock rate, the quantum warnings (an ack's extack), class hash order, inner/leaf
# changes, depth limit, deletes, and the kernel's refusals.
t() { echo "\$ tc $*"; tc "$@"; echo "rc=$?"; }
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
t qdisc add dev v0 root handle 1: htb default 20
t qdisc show dev v0
t -d qdisc show dev v0
t -s qdisc show dev v0
t -j qdisc show dev v0
t class add dev v0 parent 1: classid 1:1 htb rate 10mbit
t class add dev v0 parent 1:1 classid 1:10 htb rate 5mbit ceil 10mbit prio 1
t class add dev v0 parent 1:1 classid 1:20 htb rate 1mbit ceil 10mbit burst 15k cburst 20k
t class add dev v0 parent 1:1 classid 1:30 htb rate 1kbit
t class add dev v0 parent 1:1 classid 1:40 htb rate 10gbit
t class show dev v0
t -d class show dev v0
t -s class show dev v0
t -r class show dev v0
t -j class show dev v0
t qdisc show dev v0
t qdisc show dev v0 invisible
t class add dev v0 parent 1:1 classid 1:10 htb rate 5mbit
t class change dev v0 parent 1:1 classid 1:10 htb rate 6mbit quantum 3000
t class replace dev v0 parent 1:1 classid 1:50 htb rate 6mbit
t class show dev v0 classid 1:10
t class show dev v0 parent 1:1
t class show dev v0 root
t class del dev v0 classid 1:1
t class del dev v0 classid 1:50
t class del dev v0 classid 1:99
t class add dev v0 parent 1:10 classid 1:11 htb rate 1mbit
t class show dev v0
t -s qdisc show dev v0
t qdisc show dev v0 invisible
t class add dev v0 parent 1:11 classid 1:12 htb rate 1mbit
t class add dev v0 parent 1:12 classid 1:13 htb rate 1mbit
t class add dev v0 parent 1:13 classid 1:14 htb rate 1mbit
t class add dev v0 parent 1:14 classid 1:15 htb rate 1mbit
t class add dev v0 parent 1:15 classid 1:16 htb rate 1mbit
t class add dev v0 parent 1:16 classid 1:17 htb rate 1mbit
t class add dev v0 parent 1:17 classid 1:18 htb rate 1mbit
t class add dev v0 parent 1: classid 2:1 htb rate 1mbit
t class add dev v0 parent 1: classid 1:0 htb rate 1mbit
t class add dev v0 parent 1: htb rate 1mbit
t class add dev v0 parent 1: classid 1:60 htb
t class add dev v0 parent 1: classid 1:60 htb rate 1mbit foo
t class add dev v0 parent 1: classid 1:60 htb rate 1mbit rate 2mbit
t class add dev v0 parent 1: classid 1:60 htb rate 1mbit ceil 2mbit ceil 3mbit
t class add dev v0 parent 1: classid 1:60 htb rate 1mbit prio x
t class add dev v0 parent 1: classid 1:60 htb help
t class add dev v0 parent 1: classid 1:60 htb rate 1mbit prio 9 mtu 9000 mpu 64 overhead 4 linklayer atm
t -d class show dev v0 classid 1:60
t class add dev v0 parent 1:5 classid 1:61 htb rate 1mbit
t class add dev v1 parent 1: classid 1:1 htb rate 1mbit
t class add dev v0 parent 1: classid 1:62 pfifo
t class add dev v0 parent 1: classid 1:62 tbf rate 1mbit
t qdisc add dev v0 parent 1:20 handle 20: pfifo limit 50
t qdisc add dev v0 parent 1:1 handle 30: pfifo limit 50
t qdisc show dev v0
t class show dev v0
t qdisc change dev v0 root handle 1: htb default 30
t qdisc change dev v0 root handle 1: htb
t qdisc add dev v1 root handle 1: htb r2q 1 direct_qlen 10 default 0x10 debug 3
t qdisc show dev v1
t -d qdisc show dev v1
t qdisc add dev v1 parent 1: handle 2: htb
t qdisc add dev v1 root handle 5: htb r2q x
t qdisc add dev v1 root handle 5: htb bogus
t qdisc add dev v1 root handle 5: htb offload
t qdisc del dev v1 root
t class add dev v1 parent 1: classid 1:1 htb rate 100mbit
t class add dev v1 parent 1: classid 1:2 htb rate 100kbit
t qdisc add dev v1 root handle 1: htb r2q 100
t class add dev v1 parent 1: classid 1:1 htb rate 100mbit
t class add dev v1 parent 1: classid 1:2 htb rate 100kbit
t class add dev v1 parent 1: classid 1:3 htb rate 10gbit
t class add dev v1 parent 1: classid 1:4 htb rate 2mbit quantum 100
t -d class show dev v1
t qdisc del dev v0 root
t class show dev v0
