# ethtool -l/-L on tun/tap: one combined channel (MAX_TAP_QUEUES = 256 when multi_queue), none in
# use on a persistent device without an attached queue; no set_channels. The -L extack offset
# follows the device name's length.
ip tuntap add dev tp0 mode tap
ip tuntap add dev tp1 mode tap multi_queue
ip tuntap add dev tn0 mode tun
ip link add v0 type veth peer name veth-long-name
ethtool -l tp0; echo rc=$?
ethtool -l tp1; echo rc=$?
ethtool -l tn0; echo rc=$?
ethtool -L tp1 combined 2; echo rc=$?
ethtool -L v0 combined 1; echo rc=$?
ethtool -L veth-long-name combined 1; echo rc=$?
ethtool -L veth-long-name rx 9; echo rc=$?
