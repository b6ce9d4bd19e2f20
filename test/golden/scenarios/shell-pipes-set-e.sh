# Shell around the commands: pipes into grep/awk/sed/cut, $(...), loops, set -e
set -e
ip link add br-lab type bridge
for i in $(seq 1 3); do
  ip link add veth$i type veth peer name ceth$i
  ip link set veth$i master br-lab
done
ip -o link show master br-lab | awk -F': ' '{print $2}' | cut -d@ -f1
count=$(ip -o link show type veth | wc -l)
echo "veth ends: $count"
ip link show br-lab | grep -o 'state [A-Z]*'
mac=$(ip -br link show br-lab | awk '{print $3}')
[ -n "$mac" ] && echo "bridge has a mac"
ip -br link | sed -n '/veth/p' | sort | awk '{print $1, $2}'
for d in $(ip -o link show type veth | awk -F': ' '{print $2}' | cut -d@ -f1 | grep '^veth'); do
  ip link set $d up
done
ip -br link show type veth | awk '{print $1, $2}' | sort
ip addr show dev br-lab | grep -q inet || echo "no address on br-lab"
if ! ip link show nosuch 2>/dev/null; then echo "nosuch missing"; fi
ip link show nosuch
echo "not reached"
