# Kernel-only preamble: what a booted VM's network already holds in nslab's
# default (non-bare) world — lo up, eth0 up with 10.0.2.15/24 and a default
# route via 10.0.2.2. eth0 is a veth here (the sandbox has no NIC driver), so
# the case only prints lines that do not depend on the device's kind.
ip link set lo up
ip link add eth0 type veth peer name eth0p
ip link set eth0p up
ip link set eth0 up
ip addr add 10.0.2.15/24 brd + dev eth0
ip route add default via 10.0.2.2
