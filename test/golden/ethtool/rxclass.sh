# ethtool -n/-u/-N/-U/-X/-x (rxclass.c, do_grxclass/do_srxclass/do_srxfh): no modelled driver has
# get_rxnfc/set_rxnfc, so each ends in the ioctl's error after ethtool's own argument checks.
ip link add v0 type veth peer name v1
for a in "flow-type tcp4 dst-port 80 action 1 loc 3" "flow-type udp4 src-ip 1.2.3.4 action -1" "flow-type ether dst 00:11:22:33:44:55 action 0" "flow-type tcp4 dst-port" "flow-type foo" "flow-type tcp4 dst-port x" "flow-type tcp4 src-ip 1.2.3" "delete x" "delete" "flow-type ip6 dst-ip ::1 action 2" "rx-flow-hash udp6 sdfn"; do
echo "== $a"; ethtool -N v0 $a; echo rc=$?; done
echo "== nope"; ethtool -N nope flow-type tcp4 dst-port 80; echo rc=$?
ethtool -N nope delete 3; echo rc=$?
ethtool -n nope rule 3; echo rc=$?
ethtool -n nope rx-flow-hash tcp4; echo rc=$?
ethtool -n v0 rule x; echo rc=$?
ethtool -u lo; echo rc=$?
ethtool -N v0 delete 1; echo rc=$?
ethtool -N nope rx-flow-hash tcp4 sd; echo rc=$?
ethtool -N v0 rx-flow-hash foo sd; echo rc=$?
ethtool -N v0 rx-flow-hash tcp4 zz; echo rc=$?
ethtool -N v0 rx-flow-hash tcp4; echo rc=$?
ethtool -N v0 flow-type tcp4 bogus 1; echo rc=$?
ethtool -N v0; echo rc=$?
ethtool -n v0 rx-flow-hash ether; echo rc=$?
ethtool -n v0 rx-flow-hash ip4; echo rc=$?
ethtool -n v0 foo; echo rc=$?
ethtool -x nope; echo rc=$?
ethtool -X v0 weight 1 1; echo rc=$?
ethtool -X nope equal 2; echo rc=$?
ethtool -n v0 rx-flow-hash ether; echo rc=$?
ethtool -N v0 rx-flow-hash ether sd; echo rc=$?
ethtool -N v0 rx-flow-hash ip4 sd; echo rc=$?
ethtool -u v0; echo rc=$?
ethtool --show-ntuple v0 rule 7; echo rc=$?
ethtool -U v0 flow-type sctp4 src-port 5 m 0xff action 3; echo rc=$?
ethtool -U v0 flow-type tcp6 tos 4; echo rc=$?
ethtool --show-rxfh v0; echo rc=$?
ethtool -X v0; echo rc=$?
