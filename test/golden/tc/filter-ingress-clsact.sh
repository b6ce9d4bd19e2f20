# ingress and clsact: handle ffff:, parent ffff:fff1, one block for ingress
# (so "egress" names it too), two for clsact; the dump's parent is the block's
# last request parent; kinds and actions the kernel lacks; argument errors.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
t() { echo "+ tc $*"; tc "$@"; echo "[exit $?]"; }
t filter add dev v0 ingress protocol ip u32 match ip dst 10.0.0.1/32 flowid 1:1
t qdisc add dev v0 ingress
t filter add dev v0 ingress protocol ip u32 match ip src 1.2.3.4 flowid 1:1
t filter add dev v0 parent ffff: protocol ip u32 match ip src 1.2.3.5
t filter show dev v0 ingress
t filter show dev v0 parent ffff:
t filter show dev v0 egress
t filter add dev v0 egress protocol ip u32 match ip src 1.2.3.5
t filter show dev v0 root
t filter add dev v0 root protocol ip u32 match ip src 1.2.3.5
t filter show dev v0 root
t filter show dev v0
t qdisc add dev v0 clsact
t qdisc del dev v0 ingress
t qdisc add dev v0 clsact
t filter add dev v0 ingress protocol ip u32 match ip src 1.2.3.4 flowid 1:1
t filter add dev v0 egress protocol ip prio 7 chain 3 u32 match ip dst 1.2.3.4
t filter add dev v0 parent ffff: protocol ip u32 match ip dst 1.2.3.4
t filter show dev v0 ingress
t filter show dev v0 egress
t filter show dev v0 egress chain 3
t filter show dev v0 egress chain 0
t chain show dev v0 egress
t qdisc show dev v0
t -s qdisc show dev v0 ingress
t -j qdisc show dev v0 ingress
t qdisc add dev v0 ingress
t qdisc del dev v0 clsact
t qdisc del dev v0 clsact
t qdisc add dev v0 handle ffff: ingress
t qdisc add dev v0 handle 1: ingress
t qdisc add dev v0 parent 1: ingress
t qdisc show dev v0 ingress
t qdisc replace dev v0 ingress
t qdisc change dev v0 ingress
t qdisc add dev v0 ingress foo
t qdisc add dev v0 clsact bar
t filter add dev v0 ingress foo
t filter add dev v0 ingress foo bar
t filter add dev v0 ingress protocol ip flower
t filter add dev v0 ingress protocol ip matchall action drop
t filter add dev v0 ingress protocol ip basic
t filter add dev v0 ingress protocol ip fw
t filter add dev v0 ingress protocol ip u32 bogus
t filter add dev v0 ingress protocol ip u32 match ip xx 1
t filter add dev v0 ingress protocol ip u32 help
t filter add dev v0 ingress handle 1 foo
t filter add dev v0 ingress handle 1
t filter add dev v0 ingress protocol ip prio 70000 u32
t filter add dev v0 ingress protocol xyz u32
t filter add dev v0 ingress chain x u32
t filter add dev v0 ingress u32 classid x
t filter add dev v0 ingress root u32
t filter add dev v0 parent 1: parent 2: u32
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.1 action drop
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.1 action gact pass index 3
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.1 action foo
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.1 action goto 4
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.1 action
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.1 police rate 1mbit burst 10k drop flowid :1
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.1 police rate 1mbit drop
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.1 action police rate 1mbit burst 10k conform-exceed drop/ok
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.1 action skbedit mark 5
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.1 action drop cookie 123
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.1 action mirred egress redirect dev nosuch
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.1 action mirred bogus
t filter help
t filter
t filter list dev v0
t filter show dev nosuch
t filter show dev v0 bogus
t filter del dev v0 ingress protocol ip
t filter del dev v0 ingress
t filter show dev v0 ingress
