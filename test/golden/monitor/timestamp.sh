# ip -t / -ts monitor: each message after a timestamp line ("Timestamp:
# <asctime> <usec> usec") or behind an ISO one ("[YYYY-MM-DDTHH:MM:SS.usec] "),
# before the label; -t -t is -t (the dates are masked).
ip link add d0 type veth peer name d1
ip -t monitor link address > /tmp/m1 &
ip -ts monitor label link > /tmp/m2 &
ip -t -t monitor route > /tmp/m3 &
sleep 0.3
ip link set d0 up
ip addr add 10.0.0.1/32 dev d0
sleep 0.3
kill %1 %2 %3; wait
echo "--- -t"
cat /tmp/m1
echo "--- -ts label"
cat /tmp/m2
echo "--- -t -t route"
cat /tmp/m3
