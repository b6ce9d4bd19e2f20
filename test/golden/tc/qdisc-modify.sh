# tc qdisc add/replace/change/link/del on a veth and the kernel's answers (sch_api.c
# __tc_modify_qdisc/__tc_get_qdisc extacks); refcnt counts the veth's two tx queues.
# Kernel-chosen handles (8001:, …) come from a counter shared by the whole kernel: masked.
m() { sed -E 's/ 8[0-9a-f]{3}: / 8XXX: /g'; }
t() { echo "\$ tc $*"; tc "$@" 2>&1 | m; echo "rc=${PIPESTATUS[0]}"; }
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
t qdisc add dev v0 root pfifo
t qdisc show dev v0
t qdisc add dev v0 root pfifo
t qdisc add dev v0 root bfifo
t qdisc replace dev v0 root bfifo
t qdisc show dev v0
t qdisc del dev v0 root
t qdisc show dev v0
t qdisc del dev v0 root
t qdisc add dev v0 root foo
t qdisc add dev v0 pfifo
t qdisc add root pfifo
t qdisc del dev v0 parent 5:1
t qdisc del dev v0 handle 5:
t qdisc change dev v0 root pfifo limit 3
t qdisc add dev v0 root handle 1: pfifo
t qdisc change dev v0 root pfifo limit 3
t qdisc show dev v0
t qdisc change dev v0 root bfifo limit 3
t qdisc show dev v0
t qdisc add dev v0 handle 1: root pfifo
t qdisc add dev v0 handle 2: root pfifo
t qdisc replace dev v0 handle 2: root pfifo
t qdisc show dev v0
t qdisc change dev v0 handle 2: root bfifo
t qdisc change dev v0 handle 2: pfifo limit 9
t qdisc show dev v0
t qdisc link dev v0 root pfifo
t qdisc add dev v0 parent 2:1 pfifo
t qdisc del dev v0 root handle 3:
t qdisc add dev v1 root pfifo
t qdisc add dev v1 root pfifo_head_drop limit 7
t qdisc show dev v1
t qdisc replace dev v1 root pfifo
t qdisc show
t qdisc show dev v1 root
t qdisc show dev v1 handle 1:
t qdisc show dev v1 parent 1:1
t qdisc del dev v1 root
t qdisc show dev v1
t qdisc add dev v1 root noqueue
t qdisc show dev v1
t qdisc add dev v1 root pfifo_fast
t qdisc show dev v1
t qdisc add dev v1 root noop
t qdisc add dev lo root mq
t qdisc add dev v1 root handle 1:2 pfifo
t qdisc replace dev v1 root handle 7: bfifo limit 10k
t -d qdisc show dev v1
t -r qdisc show dev v1
t -j qdisc show dev v1
t -s qdisc show dev v1
t qdisc add dev v1 root handle 7: bfifo limit 10kbit
t qdisc add dev v1 root pfifo limit x
t qdisc add dev v1 root pfifo limit
t qdisc add dev v1 root pfifo bogus
t qdisc add dev v1 root pfifo help
t qdisc del dev v1 root
t qdisc show dev v1
ip link set v1 down
t qdisc add dev v1 root handle 3: pfifo
t qdisc show dev v1
ip link show v1 | grep -o "qdisc [a-z_]* state [A-Z]*"
t qdisc del dev v1 root
ip link show v1 | grep -o "qdisc [a-z_]* state [A-Z]*"
t qdisc show dev v1
ip link set v1 up
t qdisc show dev v1
