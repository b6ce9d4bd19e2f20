# bridge -c (matches_color: -c is -color, i.e. always, even on a pipe): the
# interface names of `bridge link` are coloured; =never and =auto (not a
# terminal) are not; -j never colours; an unknown colour value is an unknown option.
ip link add br0 type bridge
ip link add v1 type veth peer name p1
ip link set v1 master br0
bridge -c link show
bridge -color=always link show dev v1
bridge -color=never link show
bridge -col=auto link show
bridge -c -j link show
bridge -color=pink link show; echo "status $?"
bridge -com link show
