#!/bin/bash
# create N namespaces connected to a bridge, with a report
set -eu
N=3
BR=br-lab
ip link add "$BR" type bridge
ip link set "$BR" up
ip addr add 10.10.0.254/24 dev "$BR"
declare -a created=()
for i in $(seq 1 $N); do
  ns="lab$i"
  ip netns add "$ns"
  created+=("$ns")
  ip link add "v$i" type veth peer name eth0 netns "$ns"
  ip link set "v$i" master "$BR" up
  ip -n "$ns" addr add "10.10.0.$i/24" dev eth0
  ip -n "$ns" link set eth0 up
  ip -n "$ns" link set lo up
done
echo "created ${#created[@]}: ${created[*]}"
printf '%-6s %-15s %s\n' NS ADDR STATE
for ns in "${created[@]}"; do
  addr=$(ip -n "$ns" -4 -o addr show eth0 | awk '{print $4}')
  state=$(ip -n "$ns" -br link show eth0 | awk '{print $2}')
  printf '%-6s %-15s %s\n' "$ns" "$addr" "$state"
done
for ns in "${created[@]}"; do
  if ip netns exec "$ns" ping -c1 -W1 -q 10.10.0.254 >/dev/null; then
    echo "$ns -> gw ok"
  else
    echo "$ns -> gw FAIL"
  fi
done
ip netns exec lab1 ping -c 3 -i 0.2 10.10.0.3 | grep -E 'packets|bytes from' | sed -E 's/time=[0-9.]+ ms/time=X/' | sort
bridge fdb show br "$BR" | grep -c master || true
for ns in "${created[@]}"; do ip netns del "$ns"; done
ip link del "$BR"
ip netns list | wc -l
