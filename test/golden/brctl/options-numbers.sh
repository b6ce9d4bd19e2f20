# brctl options and odd numbers
brctl -V; echo rc=$?
brctl --version; echo rc=$?
brctl -h | head -3; echo rc=$?
brctl --he | head -2
brctl --foo; echo rc=$?
brctl show -x; echo rc=$?
brctl addbr br0
brctl setageing br0 2.555; cat /sys/class/net/br0/bridge/ageing_time
brctl setageing br0 0.019; cat /sys/class/net/br0/bridge/ageing_time
brctl setageing br0 .5s; echo rc=$?; cat /sys/class/net/br0/bridge/ageing_time
brctl setbridgeprio br0 010; cat /sys/class/net/br0/bridge/priority
brctl setbridgeprio br0 -- -1; echo rc=$?; cat /sys/class/net/br0/bridge/priority
brctl -- show
brctl setfd br0 abc; echo rc=$?
brctl sethello br0 1.999; echo rc=$?; cat /sys/class/net/br0/bridge/hello_time
