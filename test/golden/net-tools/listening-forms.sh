# The everyday "what is listening" commands (without -p: pids change the column widths):
# ss -tuln, ss -ltn, ss -lun, netstat -tuln, netstat -lnt, netstat -lnu, netstat -ltu.
ip link set lo up
nc -l 127.0.0.1 8080 > /dev/null &
nc -k -l 2222 > /dev/null &
nc -u -l 5353 > /dev/null &
sleep 0.3
ss -tuln
ss -ltn
ss -lun
netstat -tuln
netstat -lnt
netstat -lnu
netstat -ltu
kill %1 %2 %3; wait
