# Source selection rule 8 counts the common prefix only up to the address's
# prefix length: addresses of one /64 tie, and the first in the device's list
# (the newest of that scope) is the source.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip link set v0 up
ip -n a link set v1 up
ip -n a addr add fd00::2/64 dev v1 nodad
ip addr add fd00::1/64 dev v0 nodad
ip addr add fd00::77/64 dev v0 nodad
ip -6 route get fd00::2
ip addr add fd00::5/120 dev v0 nodad
ip -6 route get fd00::2
ip addr add fd00::3/126 dev v0 nodad
ip -6 route get fd00::2
ip addr add fd00::0:1:5/64 dev v0 nodad
ip -6 route get fd00::2
ip -6 route get fd00::1:9
ip -6 addr show dev v0 | grep inet6
ip addr del fd00::3/126 dev v0
ip -6 route get fd00::2
ip addr add fd00::8/64 dev v0
ip -6 route get fd00::2
sleep 2.5
ip -6 route get fd00::2
