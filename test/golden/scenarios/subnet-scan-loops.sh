# Scanning a subnet with loops, &&/||, while read, and process substitution
ip link add br0 type bridge; ip addr add 10.30.0.1/24 dev br0; ip link set br0 up
for i in 2 4; do
  ip netns add n$i
  ip link add v$i type veth peer name eth0 netns n$i
  ip link set v$i master br0 up
  ip -n n$i addr add 10.30.0.$i/24 dev eth0; ip -n n$i link set eth0 up
done
for i in 2 3 4; do
  ping -c 1 -W 1 10.30.0.$i > /dev/null 2>&1 && echo "10.30.0.$i up" || echo "10.30.0.$i down"
done
while read -r idx name rest; do
  echo "link ${idx%:} is ${name%:}"
done < <(ip -o link show type veth)
ip -o -4 addr show | while read -r n dev fam addr rest; do printf '%-6s %s\n' "$dev" "$addr"; done
up=$(ip -br link show up | wc -l); echo "up: $up"
ip neigh show dev br0 | grep -c REACHABLE
ip neigh show dev br0 | awk '$NF=="FAILED"{print $1, "failed"}'
declare -A mac
for i in 2 4; do mac[$i]=$(ip -n n$i -br link show eth0 | awk '{print $3}'); done
[ "${mac[2]}" != "${mac[4]}" ] && echo "distinct macs"
ip -j -n n2 addr show dev eth0 | grep -o '"local":"[0-9.]*"'
