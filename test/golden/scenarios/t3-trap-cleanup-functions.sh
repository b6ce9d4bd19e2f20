#!/usr/bin/env bash
# A lab script with a cleanup trap, a helper function and error handling
set -eo pipefail
NS=(web db cache)
cleanup() {
  local rc=$?
  echo "cleanup (rc=$rc)"
  for n in "${NS[@]}"; do ip netns del "$n" 2>/dev/null || true; done
  ip link del lab0 2>/dev/null || true
}
trap cleanup EXIT
ip link add lab0 type bridge
ip link set lab0 up
ip addr add 172.30.0.1/24 dev lab0
n=10
for ns in "${NS[@]}"; do
  ip netns add "$ns"
  ip link add "v-$ns" type veth peer name eth0 netns "$ns"
  ip link set "v-$ns" master lab0 up
  ip -n "$ns" addr add "172.30.0.$n/24" dev eth0
  ip -n "$ns" link set eth0 up
  n=$((n+1))
done
check() { ip netns exec "$1" ping -c1 -W1 "$2" >/dev/null 2>&1 && echo "$1 -> $2 ok" || echo "$1 -> $2 FAIL"; }
check web 172.30.0.11
check db 172.30.0.12
check cache 172.30.0.1
ip netns list | sort
ip -br addr show master lab0 | wc -l
ip netns exec web ip addr add 172.30.0.10/24 dev eth0
echo "not reached"
