# brctl timers: ranges, sscanf %lf prefixes (1e3, 12abc), %i priorities (0x1000), a negative number taken by getopt as an option, showstp after the changes
brctl addbr br0
brctl setfd br0 1; echo rc=$?
cat /sys/class/net/br0/bridge/forward_delay
brctl setfd br0 31; echo rc=$?
brctl setfd br0 2.5; echo rc=$?
cat /sys/class/net/br0/bridge/forward_delay
brctl sethello br0 0.5; echo rc=$?
brctl sethello br0 11; echo rc=$?
brctl sethello br0 3; echo rc=$?
cat /sys/class/net/br0/bridge/hello_time
brctl setmaxage br0 5; echo rc=$?
brctl setmaxage br0 41; echo rc=$?
brctl setmaxage br0 25; echo rc=$?
cat /sys/class/net/br0/bridge/max_age
brctl setageing br0 0; echo rc=$?
cat /sys/class/net/br0/bridge/ageing_time
brctl setageing br0 -5; echo rc=$?
cat /sys/class/net/br0/bridge/ageing_time
brctl setageing br0 1e3; echo rc=$?
cat /sys/class/net/br0/bridge/ageing_time
brctl setageing br0 12abc; echo rc=$?
cat /sys/class/net/br0/bridge/ageing_time
brctl setbridgeprio br0 0x1000; echo rc=$?
cat /sys/class/net/br0/bridge/priority
brctl setbridgeprio br0 -1; echo rc=$?
cat /sys/class/net/br0/bridge/priority
brctl setbridgeprio br0 12abc; echo rc=$?
cat /sys/class/net/br0/bridge/priority
brctl stp br0 yes; echo rc=$?
brctl setfd br0 1; echo rc=$?
brctl sethello br0 0; echo rc=$?
brctl stp br0 0
brctl setfd br0 1; echo rc=$?
cat /sys/class/net/br0/bridge/forward_delay
brctl showstp br0
ip -d link show br0 | tail -n +3
