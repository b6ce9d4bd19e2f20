# ethtool commands the modelled drivers refuse or answer emptily: tunnel offload info (extack),
# module parameters (nothing to report), PHY statistics, dump level, FEC, private flags, cable
# test, flash (the devlink compat request's failure is not returned), -d/-e on lo (no driver info).
ip link add v0 type veth peer name v1
ip link add br0 type bridge
for d in v0 br0 lo nope; do
  echo "== $d"
  ethtool --show-tunnels $d; echo rc=$?
  ethtool --show-module $d; echo rc=$?
  ethtool --phy-statistics $d; echo rc=$?
  ethtool -w $d; echo rc=$?
  ethtool -W $d 1; echo rc=$?
  ethtool --set-module $d power-mode-policy auto; echo rc=$?
  ethtool --set-fec $d encoding auto; echo rc=$?
  ethtool --set-priv-flags $d foo on; echo rc=$?
  ethtool --cable-test $d; echo rc=$?
  ethtool -f $d fw.bin; echo rc=$?
  ethtool -d $d; echo rc=$?
  ethtool -e $d; echo rc=$?
done
ethtool --show-tunnels v0 extra; echo rc=$?
ethtool --show-module v0 extra; echo rc=$?
ethtool -a v0 extra; echo rc=$?
ethtool --show-eee v0 x; echo rc=$?
ethtool -m v0 x; echo rc=$?
ethtool --set-module v0 power-mode-policy foo; echo rc=$?
ethtool --set-module v0 bogus 1; echo rc=$?
ethtool --set-fec v0 encoding foo; echo rc=$?
ethtool -W v0 x; echo rc=$?
ethtool -f v0; echo rc=$?
ethtool -f v0 fw.bin x; echo rc=$?
