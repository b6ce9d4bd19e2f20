# a tutorial-style script with functions, here-strings, and error paths
#!/bin/bash
set -euo pipefail
NS1=left NS2=right
die() { echo "error: $*" >&2; exit 1; }
run() { echo "+ $*"; "$@"; }
cleanup() { ip netns del $NS1 2>/dev/null || true; ip netns del $NS2 2>/dev/null || true; echo cleaned; }
trap cleanup EXIT
command -v ip >/dev/null || die "ip not found"
run ip netns add $NS1
run ip netns add $NS2
run ip link add veth-l netns $NS1 type veth peer name veth-r netns $NS2
run ip -n $NS1 addr add 10.200.0.1/30 dev veth-l
run ip -n $NS2 addr add 10.200.0.2/30 dev veth-r
for ns in $NS1 $NS2; do run ip -n $ns link set dev lo up; done
run ip -n $NS1 link set veth-l up
run ip -n $NS2 link set veth-r up
if ip netns exec $NS1 ping -c 2 -i 0.2 -W 1 10.200.0.2 | grep -q '2 received'; then
  echo "PASS: connectivity"
else
  die "no connectivity"
fi
loss=$(ip netns exec $NS1 ping -c 1 -W 1 10.200.0.3 | grep -oE '[0-9]+% packet loss' || true)
echo "loss: ${loss:-none}"
out=$(ip netns exec $NS1 ping -c 1 -W 1 10.200.0.3) || echo "ping failed rc=$?"
echo "${out##*$'\n'}"
ip -n $NS1 route get 10.200.0.2 | head -1 | awk '{for(i=1;i<=NF;i++) if($i=="src") print "src", $(i+1)}'
ip -n $NS1 link set veth-l mtu 100000 || echo "mtu refused rc=$?"
ip -n $NS1 addr add 10.200.0.1/30 dev veth-l
echo unreachable
