# tbf: options as q_tbf.c parses them, every refusal, and the dump as tbf_print_opt prints it
# (-d cell/mpu/linklayer, -r raw ticks, -j), the invisible bfifo child and its class.
m() { sed -E 's/ 8[0-9a-f]{3}: / 8XXX: /g'; }
t() { echo "\$ tc $*"; tc "$@" 2>&1 | m; echo "rc=${PIPESTATUS[0]}"; }
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
t qdisc add dev v0 root handle 1: tbf rate 1mbit burst 32k latency 400ms
t qdisc show dev v0
t -d qdisc show dev v0
t -r qdisc show dev v0
t -j qdisc show dev v0
t -s qdisc show dev v0
t qdisc show dev v0 invisible
t class show dev v0
t -s class show dev v0
t qdisc change dev v0 root handle 1: tbf rate 2mbit burst 10kb limit 20000 peakrate 3mbit mtu 1600
t qdisc show dev v0
t -d qdisc show dev v0
t -j qdisc show dev v0
t qdisc add dev v0 parent 1:1 handle 10: pfifo limit 5
t qdisc show dev v0
t class show dev v0
t qdisc del dev v0 parent 1:1
t qdisc show dev v0 invisible
t qdisc replace dev v0 root handle 1: tbf rate 10gbit burst 100k latency 10ms
t qdisc show dev v0
t -iec qdisc show dev v0
t qdisc replace dev v0 root handle 1: tbf rate 100kbit burst 1000 latency 50ms linklayer atm overhead 10 mpu 64
t qdisc show dev v0
t -d qdisc show dev v0
t qdisc replace dev v0 root handle 1: tbf rate 64Kibit burst 5k/8 latency 1s mtu 2000/16
t -d qdisc show dev v0
t qdisc replace dev v0 root handle 1: tbf rate 800bps burst 2000 limit 3000
t qdisc show dev v0
t qdisc add dev v1 root tbf rate 1mbit
t qdisc add dev v1 root tbf
t qdisc add dev v1 root tbf rate 1mbit burst 10k latency 10ms limit 100
t qdisc add dev v1 root tbf rate 1mbit burst 10k limit 100 latency 10ms
t qdisc add dev v1 root tbf rate 1mbit burst 10k peakrate 2mbit latency 10ms
t qdisc add dev v1 root tbf rate 1mbit burst 10k latency 10ms foo
t qdisc add dev v1 root tbf rate 1mbit burst 10k latency 10ms rate 2mbit
t qdisc add dev v1 root tbf rate 1mbit burst 10k burst 3k latency 10ms
t qdisc add dev v1 root tbf rate 1xbit burst 10k latency 10ms
t qdisc add dev v1 root tbf rate 1mbit burst 10k/3 latency 10ms
t qdisc add dev v1 root tbf rate 1mbit burst 10k latency 10xs
t qdisc add dev v1 root tbf rate 1mbit burst 10k latency 10ms overhead 70000
t qdisc add dev v1 root tbf rate 1mbit burst 10k latency 10ms linklayer foo
t qdisc add dev v1 root tbf rate 1mbit burst 10k latency 10ms peakrate 1mbit mtu 1514
t qdisc add dev v1 root tbf rate 10% burst 10k latency 10ms
t qdisc add dev v1 root tbf rate 200% burst 10k latency 10ms
t qdisc add dev v1 root tbf rate 1mbit burst 10k latency 10ms peakrate 5%x mtu 2k
t qdisc add dev v1 root tbf help
t qdisc show dev v1
t qdisc replace dev v1 root tbf rate 1mbit burst 10 latency 1ms
t qdisc show dev v1
t qdisc add dev lo root tbf rate 5% burst 10k latency 10ms
