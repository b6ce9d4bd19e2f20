brctl addbr br0
brctl setfd br0 1; echo rc=$?
brctl sethello br0 0.5; echo rc=$?
brctl sethello br0 11; echo rc=$?
brctl setmaxage br0 5; echo rc=$?
brctl setmaxage br0 41; echo rc=$?
brctl stp br0 on
ip -d link show br0 | grep -o 'forward_delay [0-9]*\|hello_time [0-9]*\|max_age [0-9]*\|stp_state [0-9]'
brctl setfd br0 1; echo rc=$?
brctl setfd br0 31; echo rc=$?
brctl setfd br0 4; echo rc=$?
brctl stp br0 off
brctl setfd br0 0; echo rc=$?
ip -d link show br0 | grep -o 'forward_delay [0-9]*'
brctl sethello br0 xyz; echo rc=$?
