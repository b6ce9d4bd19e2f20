# IPv6 address lifetimes: lifetime checks, text and JSON, counting down, turning
# deprecated (and losing source selection), expiring (the prefix route stays with
# a negative expiry until collected). Sampled away from whole-second points: the
# kernel's addrconf_verify runs on round_jiffies_up boundaries.
ip link add veth0 type veth peer name veth1
for d in lo veth0 veth1; do ip link set $d up; done
sleep 2
ip -6 addr add 2001:db8:5::1/64 dev veth0 valid_lft 4 preferred_lft 2 nodad
ip -6 addr add 2001:db8:6::1/64 dev veth0 valid_lft 100 preferred_lft 0 nodad
ip -6 addr add 2001:db8:7::1/64 dev veth0 valid_lft 0 nodad
ip -6 addr add 2001:db8:7::1/64 dev veth0 valid_lft 5 preferred_lft 6 nodad
ip -6 addr add 2001:db8:8::1/64 dev veth0 mngtmpaddr nodad home
ip -6 -j addr show dev veth0 | head -c 600; echo
sleep 1.5
ip -6 addr show dev veth0
ip -6 route show dev veth0
sleep 1.5
ip -6 addr show dev veth0
ip -6 route get 2001:db8:5::9
sleep 2.5
ip -6 addr show dev veth0
ip -6 route show dev veth0
