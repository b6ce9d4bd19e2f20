brctl addbr br0
brctl stp br0 on; echo rc=$?
brctl show
brctl stp br0 off; echo rc=$?
brctl stp br0 maybe; echo rc=$?
brctl stp nope on; echo rc=$?
brctl setageing br0 100; echo rc=$?
brctl setageing br0 abc; echo rc=$?
brctl setageing nope 10; echo rc=$?
brctl setfd br0 5; echo rc=$?
brctl sethello br0 1; echo rc=$?
brctl setmaxage br0 10; echo rc=$?
brctl setbridgeprio br0 4096; echo rc=$?
ip -d link show br0
brctl show
