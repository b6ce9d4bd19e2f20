# ethtool -P (no permanent address on virtual devices) and -T (software timestamping: transmit stamps where the driver uses ethtool_op_get_ts_info, not on bridge/vxlan).
ip link add v0 type veth peer name v1
ip link add br0 type bridge
ip link add vx0 type vxlan id 1 dstport 4789
ip link add link v0 mv0 type macvlan
ip tuntap add dev tap0 mode tap
for d in lo v0 br0 vx0 mv0 tap0 nosuch; do ethtool -P $d; echo "rc=$?"; ethtool -T $d; echo "rc=$?"; done
ethtool --show-permaddr v0; echo $?
ethtool --show-time-stamping v0; echo $?
ethtool -P; echo $?
ethtool -T v0 extra; echo $?
