# tc's own usage texts, unknown objects/commands/options and their statuses (tc.c, tc_qdisc.c, tc_class.c).
t() { echo "\$ tc $*"; tc "$@"; echo "rc=$?"; }
t
t help
t -V
t foo
t -x qdisc
t qdisc help
t qdisc bogus
t class help
t class bogus
t q
t qd sh
t -s
t qdisc show bogus
t qdisc show dev
t qdisc add dev lo root handle zz pfifo
t qdisc add dev lo parent zz pfifo
t qdisc add dev lo root root pfifo
t qdisc add dev lo root ingress
t qdisc add dev lo dev lo root pfifo
t qdisc add dev nope root pfifo
t qdisc add dev lo root pfifo_fast limit 3
t qdisc add dev lo root foo bar
t class add dev lo handle 1:1 htb
t class show dev lo bogus
t class add dev lo parent 1: classid 1:1 pfifo
