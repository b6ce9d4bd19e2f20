# Actions: this kernel has act_mirred and no other action module. `tc actions`
# add/replace/get/ls/delete/flush of mirred, the refusals of the rest, and a
# u32 filter carrying mirred actions (bound: ref/bind counts in its dump).
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
t() { echo "+ tc $*"; tc "$@"; echo "[exit $?]"; }
t actions add action mirred egress redirect
t actions add action mirred egress mirror dev v1 index 5
t actions add action mirred egress mirror dev v1 index 5
t actions replace action mirred ingress redirect dev v1 index 5
t actions ls action mirred
t actions change action mirred egress mirror dev v1 index 5
t actions add action mirred ingress mirror dev v0
t actions ls action mirred
t -j actions ls action mirred
t actions get action mirred index 5
t actions get action mirred index 8
t actions get action gact index 1
t actions get action foo index 1
t actions get action mirred
t actions del action mirred index 1
t actions ls action mirred
t actions add action drop
t actions add action gact drop index 5
t actions add action police rate 1mbit burst 10k
t actions add action vlan pop
t actions add
t actions
t actions help
t actions list action gact
t actions ls action police
t actions ls action foo
t actions flush action gact
t actions list
t actions list action
t actions bogus
tc qdisc add dev v0 ingress
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.1 action mirred index 5
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.2 action mirred egress mirror dev v1 pipe action mirred egress redirect dev lo
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.3 action mirred index 9
t filter add dev v0 ingress protocol ip u32 match ip dst 1.1.1.4 action mirred egress redirect dev v1 action drop
t filter show dev v0 ingress
t -j filter show dev v0 ingress prio 49151
t actions ls action mirred
t actions del action mirred index 5
t actions flush action mirred
