# A lab of five containers on one bridge, pinged in a loop with a summary
ip link add cbr0 type bridge
ip addr add 10.88.0.1/24 dev cbr0
ip link set cbr0 up
for i in 1 2 3 4 5; do
  ip netns add ctr$i
  ip link add veth-c$i type veth peer name eth0 netns ctr$i
  ip link set veth-c$i master cbr0 up
  ip -n ctr$i addr add 10.88.0.$((i+1))/24 dev eth0
  ip -n ctr$i link set eth0 up
done
ok=0; fail=0
for i in 1 2 3 4 5 6; do
  if ping -c 1 -W 1 10.88.0.$((i+1)) >/dev/null 2>&1; then ok=$((ok+1)); else fail=$((fail+1)); echo "10.88.0.$((i+1)) unreachable"; fi
done
echo "ok=$ok fail=$fail"
ip netns list | awk '{print $1}' | sort | tr '\n' ' '; echo
ip neigh show dev cbr0 | awk '{print $1, $NF}' | sort -t. -k4 -n
bridge link | wc -l
ip -o -4 addr show | awk '{print $2, $4}'
for n in $(ip netns list | awk '{print $1}'); do printf '%s ' "$n"; ip -n $n -o -4 addr show dev eth0 | awk '{print $4}'; done | sort
ip link set veth-c3 nomaster
ping -c 1 -W 1 10.88.0.4 >/dev/null; echo "after nomaster rc=$?"
