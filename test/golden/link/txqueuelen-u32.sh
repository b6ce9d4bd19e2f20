# txqueuelen is any u32: -1 is stored as 4294967295 and shown as qlen -1
ip link add v0 txqueuelen -1 type veth peer name v1
ip link show v1 | head -1
ip link show v0 | head -1
ip -j link show v0 | grep -o '"txqlen":[^,]*'
cat /sys/class/net/v0/tx_queue_len
ifconfig v0 | grep -o 'txqueuelen [-0-9]*'
ip link set v1 txqueuelen 4294967295
ip link show v1 | head -1
ip link set v1 txqueuelen 0
ip link show v1 | head -1
ip link set v1 txqueuelen 4294967296
echo $?
ip link set v1 txqueuelen -2
ip link show v1 | head -1
ip link set v1 txqueuelen 12abc
echo $?
