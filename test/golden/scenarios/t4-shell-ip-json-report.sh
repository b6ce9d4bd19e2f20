# A report script: functions, set -euo pipefail, trap on EXIT, printf columns, awk/sed over ip -o and ip -br output
set -euo pipefail
cleanup() { rc=$?; echo "cleanup (rc=$rc)"; for n in $(ip netns list | awk '{print $1}'); do ip netns del "$n"; done; }
trap cleanup EXIT
mk() { # name ip
  ip netns add "$1"
  ip link add "v-$1" type veth peer name eth0 netns "$1"
  ip link set "v-$1" master br0 up
  ip -n "$1" addr add "$2/24" dev eth0
  ip -n "$1" link set eth0 up
}
ip link add br0 type bridge && ip link set br0 up && ip addr add 10.20.0.1/24 dev br0
declare -A IPS=([web]=10.20.0.10 [db]=10.20.0.20 [cache]=10.20.0.30)
for n in web db cache; do mk "$n" "${IPS[$n]}"; done
printf '%-6s %-14s %-6s %s\n' NAME ADDRESS STATE PING
for n in $(printf '%s\n' "${!IPS[@]}" | sort); do
  addr=$(ip -n "$n" -o -4 addr show dev eth0 | awk '{print $4}')
  state=$(ip -n "$n" -br link show eth0 | awk '{print $2}')
  if ping -c 1 -W 1 "${IPS[$n]}" >/dev/null; then r=ok; else r=fail; fi
  printf '%-6s %-14s %-6s %s\n' "$n" "$addr" "$state" "$r"
done
echo "ports on br0: $(bridge link show master br0 | wc -l)"
ip -o link show master br0 | sed -E 's/^[0-9]+: ([^@:]+).*state ([A-Z]+).*/\1 \2/' | sort
count=0; while read -r ifc _; do count=$((count+1)); done < <(ip -br addr show)
echo "host interfaces: $count"
mapfile -t routes < <(ip route show)
echo "routes: ${#routes[@]} first=[${routes[0]}]"
ip -j addr show br0 | sed 's/,/\n/g' | grep -o '"local":"[^"]*"' | head -1
false_ns=$(ip netns list | grep -c nope || true); echo "nope count: $false_ns"
ip -n ghost link show 2>&1 | head -1
echo unreachable-line
