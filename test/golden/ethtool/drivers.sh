# ethtool -i and settings per driver (lo, veth, bridge, vxlan, tap, macvlan), then -S/-g/-l/-a/-c and the refused ops.
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link add vx0 type vxlan id 42 dstport 4789
ip tuntap add tap0 mode tap
ip link add mv0 link veth0 type macvlan mode bridge
for d in lo veth0 br0 vx0 tap0 mv0; do echo "== $d"; ethtool -i $d; echo rc=$?; ethtool $d; echo rc=$?; done
for d in lo veth0 br0; do echo "== $d"; ethtool -S $d; echo rc=$?; ethtool -g $d; echo rc=$?; ethtool -l $d; echo rc=$?; ethtool -a $d; echo rc=$?; ethtool -c $d; echo rc=$?; done
ethtool -G veth0 rx 100; echo rc=$?
ethtool -L veth0 rx 2; echo rc=$?
ethtool -s veth0 speed 100; echo rc=$?
ethtool --show-eee veth0; echo rc=$?
ethtool -m veth0; echo rc=$?
ethtool -e veth0; echo rc=$?
ethtool -d veth0; echo rc=$?
ethtool -t veth0; echo rc=$?
ethtool -p veth0; echo rc=$?
ethtool nosuch; echo rc=$?
ethtool -k nosuch; echo rc=$?
