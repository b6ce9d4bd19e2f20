#!/bin/bash
# A lab script in "proper" bash: associative arrays, set -x traces, ERR trap, wait -n, printf -v
set -Eeuo pipefail
declare -A IP=([web]=10.60.0.10 [api]=10.60.0.11 [db]=10.60.0.12)
on_err() { echo "ERR at line $1: $2 (rc=$3)" >&2; }
trap 'on_err $LINENO "$BASH_COMMAND" $?' ERR
ip link add br-apps type bridge
ip addr add 10.60.0.1/24 dev br-apps
ip link set br-apps up
for name in $(printf '%s\n' "${!IP[@]}" | sort); do
  ip netns add "$name"
  ip link add "v-$name" type veth peer name eth0 netns "$name"
  ip link set "v-$name" master br-apps up
  ip -n "$name" addr add "${IP[$name]}/24" dev eth0
  ip -n "$name" link set eth0 up
done
printf -v summary '%s=%s ' web "${IP[web]}" db "${IP[db]}"
echo "summary: $summary"
set -x
ip -n web -br addr show dev eth0
ip netns exec web ping -c1 -W1 "${IP[db]}" >/dev/null
set +x
pids=()
for name in api db; do
  ip netns exec "$name" ping -c1 -W1 10.60.0.1 >/dev/null & pids+=($!)
done
ok=0
for p in "${pids[@]}"; do wait "$p" && ok=$((ok+1)); done
echo "$ok/${#pids[@]} pings ok"
n=$(ip -o link show master br-apps | wc -l)
(( n == 3 )) && echo "3 ports on br-apps"
ip netns exec web ping -c1 -W1 10.60.0.99 >/dev/null || echo "expected failure handled"
ip -n web addr add "${IP[web]}/24" dev eth0
echo "not reached"
