# Qdisc kinds this kernel has no module for: tc parses their options first
# (its own message, exit 1; a missing value exits 255), then the kernel
# refuses the kind ("Specified qdisc kind is unknown", exit 2).
ip link add v0 type veth peer name v1
t() { echo "+ tc $*"; tc "$@"; echo "[exit $?]"; }
t qdisc add dev v0 root fq_codel
t qdisc add dev v0 root fq_codel limit 1000 flows 256 target 5ms interval 100ms quantum 1514 ecn memory_limit 32Mb ce_threshold 1ms ce_threshold_selector 0x1/0x3 drop_batch 64
t qdisc add dev v0 root fq_codel noecn limit x
t qdisc add dev v0 root fq_codel target 5xs
t qdisc add dev v0 root fq_codel ce_threshold_selector 1
t qdisc add dev v0 root fq_codel ce_threshold_selector 1/300
t qdisc add dev v0 root fq_codel ce_threshold_selector x/1
t qdisc add dev v0 root fq_codel memory_limit 1q
t qdisc add dev v0 root fq_codel lim 10
t qdisc add dev v0 root fq_codel help
t qdisc add dev v0 root fq_codel limit
t qdisc add dev v0 root codel limit 100 target 5ms interval 100ms noecn ce_threshold 2ms
t qdisc add dev v0 root codel target
t qdisc add dev v0 root codel bogus
t qdisc add dev v0 root pie limit 1000 target 15ms tupdate 15ms alpha 2 beta 20 ecn bytemode dq_rate_estimator
t qdisc add dev v0 root pie alpha 33
t qdisc add dev v0 root pie nope
t qdisc add dev v0 root fq limit 10000 flow_limit 100 quantum 3028 initial_quantum 15140 maxrate 1gbit buckets 1024 pacing refill_delay 40ms low_rate_threshold 550kbit orphan_mask 1023 timer_slack 10us ce_threshold 1ms horizon 10s horizon_drop
t qdisc add dev v0 root fq nopacing horizon_cap defrate 10mbit
t qdisc add dev v0 root fq maxrate 1foo
t qdisc add dev v0 root fq orphan_mask x
t qdisc add dev v0 root fq timer_slack 5s
t qdisc add dev v0 root fq timer_slack q
t qdisc add dev v0 root fq buckets
t qdisc add dev v0 root fq flows 3
t qdisc add dev v0 root sfq perturb 10
t qdisc add dev v0 root sfq limit 127 quantum 1514 divisor 1024 flows 64 depth 32 headdrop
t qdisc add dev v0 root sfq limit 1
t qdisc add dev v0 root sfq quantum 1x
t qdisc add dev v0 root sfq depth x
t qdisc add dev v0 root sfq redflowlimit 100000 min 8000 max 60000 probability 0.20 ecn headdrop
t qdisc add dev v0 root sfq min 8000
t qdisc add dev v0 root sfq redflowlimit 1000 max 2000
t qdisc add dev v0 root sfq redflowlimit 1000 min 500 max 400
t qdisc add dev v0 root sfq redflowlimit 100000 burst 1
t qdisc add dev v0 root sfq redflowlimit 10000000 burst 500
t qdisc add dev v0 root sfq perturb
t qdisc add dev v0 root sfq hello
t qdisc add dev v0 root handle 1: prio
t qdisc add dev v0 root handle 1: prio bands 5 priomap 0 1 2 3 4 0 1 2 3 4 0 1 2 3 4 0 multiqueue
t qdisc add dev v0 root prio bands x
t qdisc add dev v0 root prio priomap 1 3
t qdisc add dev v0 root prio priomap 1 x
t qdisc add dev v0 root prio priomap 1 priomap 2
t qdisc add dev v0 root prio priomap 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
t qdisc add dev v0 root prio priomap 0 bands 2
t qdisc add dev v0 root prio blah
t qdisc add dev v0 root prio help
t qdisc add dev v0 root drr
t qdisc add dev v0 root drr quantum 1
t qdisc add dev v0 root multiq
t qdisc add dev v0 root multiq x
t qdisc add dev v0 root plug
t qdisc add dev v0 root plug limit 10k block release release_indefinite
t qdisc add dev v0 root plug limit z
t qdisc add dev v0 root plug what
t qdisc add dev v0 root handle 1: hfsc default 10
t qdisc add dev v0 root hfsc def 1 default 2
t qdisc add dev v0 root hfsc default zz
t qdisc add dev v0 root hfsc foo
t qdisc add dev v0 root hfsc help
t qdisc show dev v0
