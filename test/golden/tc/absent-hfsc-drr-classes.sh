# hfsc and drr (no module here): the qdisc is refused, so a class names a missing parent; the class
# options are still parsed by tc first (service curves, their errors).
ip link add v0 type veth peer name v1
t() { echo "+ tc $*"; tc "$@"; echo "[exit $?]"; }
t qdisc add dev v0 root handle 1: hfsc default 10
t class add dev v0 parent 1: classid 1:10 hfsc sc rate 1mbit ul rate 2mbit
t class add dev v0 parent 1: classid 1:10 hfsc rt m1 2mbit d 10ms m2 1mbit
t class add dev v0 parent 1: classid 1:10 hfsc ls umax 1500 dmax 10ms rate 1mbit
t class add dev v0 parent 1: classid 1:10 hfsc ul rate 1mbit
t class add dev v0 parent 1: classid 1:10 hfsc
t class add dev v0 parent 1: classid 1:10 hfsc sc umax 1500 rate 1mbit
t class add dev v0 parent 1: classid 1:10 hfsc rt m1 x
t class add dev v0 parent 1: classid 1:10 hfsc rt foo
t class add dev v0 parent 1: classid 1:10 hfsc bogus
t class add dev v0 parent 1: classid 1:10 drr quantum 1500
t class add dev v0 parent 1: classid 1:10 drr quantum x
t class add dev v0 parent 1: classid 1:10 drr foo
t class add dev v0 parent 1: classid 1:10 netem delay 1ms
