# Rate estimators (TCA_RATE, gen_estimator.c): parse_estimator's checks, the "rate … pps" line under -s
# (the backlog goes on after it), the kernel's refusal on an mq root. Idle qdiscs: the rate stays 0.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
t() { echo "\$ tc $*"; tc "$@"; echo "rc=$?"; }
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
t qdisc add dev v0 root handle 1: estimator 1s 8s pfifo
t -s qdisc show dev v0
t -s -j qdisc show dev v0
t qdisc change dev v0 root handle 1: estimator 250ms 2s pfifo limit 10
t -s qdisc show dev v0
t qdisc add dev v1 root handle 1: estimator 1s tbf
t qdisc add dev v1 root handle 1: estimator x 8s pfifo
t qdisc add dev v1 root handle 1: estimator 1s y pfifo
t qdisc add dev v1 root handle 1: estimator 100s 8s pfifo
t qdisc add dev v1 root handle 1: estimator 1s 1ms pfifo
t qdisc add dev v1 root handle 1: estimator 1s 8s estimator 1s 8s pfifo
t -r qdisc add dev v1 root handle 1: estimator 2s 16s bfifo
t -s qdisc show dev v1
t qdisc add dev v1 root estimator
ip link add ifb1 numtxqueues 2 type ifb
t qdisc add dev ifb1 root handle 2: estimator 1s 8s mq
t qdisc add dev v1 root handle 1: htb default 10
t class add dev v1 parent 1: classid 1:10 estimator 1s 8s htb rate 1mbit
t -s class show dev v1
t class change dev v1 parent 1: classid 1:10 estimator 500ms 4s htb rate 2mbit
t -s class show dev v1
