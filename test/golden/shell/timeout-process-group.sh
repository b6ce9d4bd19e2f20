# timeout signals its whole process group: a listener started by the command's shell dies with it
ip link set lo up
timeout 1 sh -c 'nc -l -p 81 & nc -l -p 82; echo not reached'; echo "rc $?"
sleep 0.5
ss -tln
timeout --foreground 1 sh -c 'timeout 3 nc -l -p 83 & sleep 5'; echo "rc $?"
sleep 0.5
ss -tln | sed 's/ *$//'
timeout -s INT 1 sh -c 'echo hi | nc -l -p 84'; echo "rc $?"
sleep 0.5
ss -tln | grep -c 84
sleep 3
