# A bridge holds at most 1023 ports (BR_MAX_PORTS, port 0 unused): the
# 1024th fails with EXFULL, through ip and brctl alike; a freed number is
# reused.
ip link add br0 type bridge
i=1
while [ $i -le 1024 ]; do
  echo "link add a$i type veth peer name b$i"
  i=$((i + 1))
done > /tmp/veths
ip -batch /tmp/veths
i=1
while [ $i -le 1023 ]; do
  echo "link set a$i master br0"
  i=$((i + 1))
done > /tmp/ports
ip -batch /tmp/ports
ip link show master br0 | grep -c master
ip link set a1024 master br0; echo rc=$?
brctl addif br0 a1024; echo rc=$?
ip link set a7 nomaster
ip link set a1024 master br0; echo rc=$?
ip -d link show a1024 | grep -o 'port_no 0x[0-9a-f]*'
ip -d link show a1023 | grep -o 'port_no 0x[0-9a-f]*'
