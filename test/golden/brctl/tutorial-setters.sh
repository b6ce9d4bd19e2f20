# brctl tutorial: ports, setageing/stp/setbridgeprio (low 16 bits kept)/setpathcost/setportprio/hairpin and their errors, delbr
brctl addbr br0
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
brctl addif br0 veth0 veth2
brctl show
brctl show br0
brctl setageing br0 120; echo rc=$?
cat /sys/class/net/br0/bridge/ageing_time
brctl setageing br0 abc; echo rc=$?
brctl setageing nope 10; echo rc=$?
brctl stp br0 on; echo rc=$?
cat /sys/class/net/br0/bridge/stp_state
brctl stp br0 maybe; echo rc=$?
brctl stp nope on; echo rc=$?
brctl setbridgeprio br0 4096; echo rc=$?
cat /sys/class/net/br0/bridge/priority
brctl setbridgeprio br0 70000; echo rc=$?
cat /sys/class/net/br0/bridge/priority
brctl setbridgeprio br0 xx; echo rc=$?
brctl setpathcost br0 veth0 50; echo rc=$?
cat /sys/class/net/veth0/brport/path_cost
brctl setpathcost br0 veth1 50; echo rc=$?
brctl setpathcost br0 veth0 0; echo rc=$?
brctl setportprio br0 veth0 20; echo rc=$?
cat /sys/class/net/veth0/brport/priority
brctl setportprio br0 veth0 100; echo rc=$?
brctl setportprio br0 nope 1; echo rc=$?
brctl hairpin br0 veth0 on; echo rc=$?
cat /sys/class/net/veth0/brport/hairpin_mode
brctl hairpin br0 veth0 bad; echo rc=$?
brctl hairpin br0 veth1 on; echo rc=$?
brctl show
brctl delbr br0; echo rc=$?
ip link set br0 up
brctl delbr br0; echo rc=$?
ip link set br0 down
brctl delbr br0; echo rc=$?
brctl delbr br0; echo rc=$?
brctl show
