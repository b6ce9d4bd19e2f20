# netem: tc parses every option (its own messages, exit 1 or 255), then this kernel has no sch_netem.
ip link add v0 type veth peer name v1
t() { echo "+ tc $*"; tc "$@"; echo "[exit $?]"; }
t qdisc add dev v0 root netem delay 100ms
t qdisc add dev v0 root handle 1: netem delay 100ms 10ms 25% distribution normal loss 0.3% 25% duplicate 1% corrupt 0.1% reorder 25% 50% gap 5 rate 1mbit 20 100 5 limit 2000
t qdisc replace dev v0 root netem loss state 1% 2% 3% 4% 5% ecn
t qdisc change dev v0 root netem loss gemodel 1% 10% 70% 0.1%
t qdisc add dev v0 root netem slot 10ms 20ms packets 5 bytes 1k
t qdisc add dev v0 root netem slot distribution pareto 10ms 5ms
t qdisc add dev v0 root netem lat 5s drop 1
t qdisc add dev v0 root netem delay
t qdisc add dev v0 root netem delay abc
t qdisc add dev v0 root netem delay 300s
t qdisc add dev v0 root netem delay 274s 10ms 5 rate 10gbit -20 64 -4 limit 5k
t qdisc add dev v0 root netem delay 10ms xyz
t qdisc add dev v0 root netem delay 10ms 1ms 2x
t qdisc add dev v0 root netem loss 150%
t qdisc add dev v0 root netem loss random x
t qdisc add dev v0 root netem loss bogus 1
t qdisc add dev v0 root netem loss 1% loss 2%
t qdisc add dev v0 root netem reorder 25%
t qdisc add dev v0 root netem gap 5
t qdisc add dev v0 root netem ecn
t qdisc add dev v0 root netem distribution normal
t qdisc add dev v0 root netem delay 10ms distribution nosuch
t qdisc add dev v0 root netem rate 1foo
t qdisc add dev v0 root netem slot 20ms 10ms
t qdisc add dev v0 root netem slot bogus
t qdisc add dev v0 root netem slot distribution normal 1ms 0
t qdisc add dev v0 root netem limit 1q
t qdisc add dev v0 root netem help
t qdisc add dev v0 root netem corrupt 5% 1 duplicate x
t qdisc add dev nosuch root netem delay 1ms
t qdisc show dev v0
