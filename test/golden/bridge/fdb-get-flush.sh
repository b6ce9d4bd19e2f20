# bridge fdb flush (bulk delete: state and flag masks, brport, vlan, a bare flush also taking local entries) and fdb get (br/dev/self, the kernel's extack refusals), show state dynamic|all|0x40
ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link set veth0 master br0
ip link set veth2 master br0
ip link set br0 up; for d in veth0 veth1 veth2 veth3; do ip link set $d up; done
sleep 3
fill() {
  bridge fdb replace 02:aa:00:00:00:01 dev veth0 master static
  bridge fdb replace 02:aa:00:00:00:02 dev veth0 master dynamic
  bridge fdb replace 02:aa:00:00:00:03 dev veth2 master dynamic
  bridge fdb replace 02:aa:00:00:00:04 dev veth2 master permanent
  bridge fdb replace 02:aa:00:00:00:05 dev veth2 master sticky
  bridge fdb replace 02:aa:00:00:00:06 dev br0 self local
}
show() { bridge fdb show br br0 | grep -v '^33:33\|^01:00:5e' | sed 's/^[0-9a-f:]* \(dev [a-z0-9]* \)\(.*\)/\1\2/' | sort | uniq -c; echo --; }
fill; show
bridge fdb flush dev veth0; echo rc=$?
bridge fdb flush dev veth0 master dynamic; echo rc=$?
show
bridge fdb flush dev br0 brport veth2 dynamic; echo rc=$?
show
fill
bridge fdb flush dev br0 static; echo rc=$?
show
bridge fdb flush dev br0 nopermanent; echo rc=$?
show
bridge fdb flush dev br0 sticky; echo rc=$?
show
fill
bridge fdb flush dev br0; echo rc=$?
show
ip link show br0 | tail -1 | sed 's/ether [0-9a-f:]*/ether X/'
bridge fdb flush; echo rc=$?
bridge fdb flush dev nope; echo rc=$?
bridge fdb flush dev br0 brport nope; echo rc=$?
bridge fdb flush dev br0 brport veth1; echo rc=$?
bridge fdb flush dev br0 vlan 5000; echo rc=$?
bridge fdb flush dev br0 vlan 5; echo rc=$?
bridge fdb flush dev br0 added_by_user extern_learn; echo rc=$?
bridge fdb flush dev veth1 self; echo rc=$?
bridge fdb flush dev lo; echo rc=$?
bridge fdb flush dev br0 brport veth0 bogus; echo rc=$?
fill
bridge fdb get 02:aa:00:00:00:02 dev veth0; echo rc=$?
bridge fdb get 02:aa:00:00:00:02 br br0; echo rc=$?
bridge fdb get 02:aa:00:00:00:02 dev veth0 master; echo rc=$?
bridge fdb get 02:aa:00:00:00:02 dev veth0 self; echo rc=$?
bridge fdb get 02:aa:00:00:00:02 br br0 dev veth0; echo rc=$?
bridge fdb get 02:aa:00:00:00:02 dev veth1; echo rc=$?
bridge fdb get 02:aa:00:00:00:02; echo rc=$?
bridge fdb get zz br br0; echo rc=$?
bridge fdb get 02:aa:00:00:00:02 br nope; echo rc=$?
bridge fdb get 02:aa:00:00:00:02 br veth1; echo rc=$?
bridge fdb get 02:aa:00:00:00:02 br br0 vlan 5; echo rc=$?
bridge fdb get 02:aa:00:00:00:02 br br0 vlan 0; echo rc=$?
bridge -j fdb get 02:aa:00:00:00:04 br br0; echo rc=$?
bridge -s fdb get 02:aa:00:00:00:01 br br0 | sed 's/used [0-9]*\/[0-9]*/used X/'
bridge fdb get 33:33:00:00:00:01 dev br0 self; echo rc=$?
bridge fdb get to 02:aa:00:00:00:06 br br0 dynamic; echo rc=$?
bridge fdb show br br0 state dynamic | grep 02:aa
bridge fdb show br br0 state all | grep -c 02:aa
bridge fdb show br br0 state 0x40 | grep 02:aa
