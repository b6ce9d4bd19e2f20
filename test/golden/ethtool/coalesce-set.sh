# ethtool -C (netlink/coalesce.c): parameters go out in command-line order; the kernel refuses the
# first one, in attribute-type order, the driver cannot set (tun sets only rx-frames, capped at 64),
# and a driver without set_coalesce (veth, bridge) refuses even an empty request.
ip tuntap add dev tp0 mode tap
ip link add v0 type veth peer name v1
ip link add br0 type bridge
ethtool -C tp0 rx-frames 5; echo rc=$?
ethtool -c tp0 | grep '^rx-frames:'
for a in "tx-frames 2 rx-frames 3" "rx-frames 3 tx-frames 2" "tx-usecs 1 tx-frames 2" "tx-frames 2 tx-usecs 1" "rx-usecs 1 rx-frames 2" "rx-frames 2 rx-usecs 1" "rx-frames 2 rx-frames 3" "tx-frames 1 adaptive-rx on" "adaptive-rx on tx-frames 1" "rx-frames 3 rx-usecs 2 tx-usecs 4" "adaptive-rx x" "rx-frames 4294967296" "rx-frames -1" "rx-frames" "foo 1" "cqe-mode-rx on"; do
  echo "== $a"; ethtool -C tp0 $a; echo rc=$?
done
ethtool -C tp0 rx-frames 100; ethtool -c tp0 | grep '^rx-frames:'
ethtool -C tp0 rx-frames 0x10; echo rc=$?; ethtool -c tp0 | grep '^rx-frames:'
ethtool -C tp0; echo rc=$?
ethtool -C v0; echo rc=$?
ethtool -C v0 rx-frames 3; echo rc=$?
ethtool --coalesce br0 rx-frames 3; echo rc=$?
ethtool -C nope rx-frames 3; echo rc=$?
ethtool -C nope; echo rc=$?
