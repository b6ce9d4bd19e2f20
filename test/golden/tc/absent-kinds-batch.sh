# More kinds this kernel lacks (taken as given, refused by the kernel), and filters through tc -batch / -force.
ip link add v0 type veth peer name v1
for k in "cake bandwidth 100mbit besteffort" "fq_pie limit 100" "taprio num_tc 2" "mqprio num_tc 2" "cbs idleslope 1" "etf clockid CLOCK_TAI" "sfb" "hhf" "qfq" "skbprio"; do tc qdisc add dev v0 root $k; echo "[$?]"; done
printf 'qdisc add dev v0 root handle 1: htb\nfilter add dev v0 parent 1: protocol ip u32 match ip dst 1.1.1.1 flowid 1:1\nfilter show dev v0\nfilter add dev v0 parent 1: u32 bogus\nfilter show dev v0\n' > /tmp/b
tc -batch /tmp/b; echo "[$?]"
tc -force -batch /tmp/b; echo "[$?]"
