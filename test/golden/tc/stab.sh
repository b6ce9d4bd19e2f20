# Size tables (tc_stab.c, qdisc_get_stab): parse_size_table's checks and -d's "linklayer … overhead … mtu … tsize" line.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
t() { echo "\$ tc $*"; tc "$@"; echo "rc=$?"; }
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
t qdisc add dev v0 root handle 1: stab overhead 40 linklayer atm tbf rate 1mbit burst 10k latency 50ms
t qdisc show dev v0
t -d qdisc show dev v0
t -j -d qdisc show dev v0
t qdisc replace dev v0 root handle 1: stab overhead 20 tbf rate 1mbit burst 10k latency 50ms
t -d qdisc show dev v0
t qdisc replace dev v0 root handle 1: stab mtu 1500 tsize 128 mpu 64 linklayer ethernet tbf rate 1mbit burst 10k latency 50ms
t -d qdisc show dev v0
t qdisc replace dev v0 root handle 1: stab overhead -4 tbf rate 1mbit burst 10k latency 50ms
t -d qdisc show dev v0
t qdisc change dev v0 root handle 1: tbf rate 1mbit burst 10k latency 50ms
t -d qdisc show dev v0
t qdisc add dev v1 root stab help
t qdisc add dev v1 root stab pfifo
t qdisc add dev v1 root stab mtu x pfifo
t qdisc add dev v1 root stab mtu 10 mtu 20 pfifo
t qdisc add dev v1 root stab linklayer foo pfifo
t qdisc add dev v1 root stab overhead y pfifo
t qdisc add dev v1 root handle 1: htb
t qdisc add dev v1 parent 1:1 stab overhead 4 pfifo
t class add dev v1 parent 1: classid 1:1 htb rate 1mbit
t qdisc add dev v1 parent 1:1 stab overhead 4 pfifo
t qdisc add dev v1 root stab
