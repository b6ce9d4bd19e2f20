set -euo pipefail
cleanup() {
  echo "cleanup rc=$?"
  for ns in $(ip netns list | cut -d' ' -f1); do
    ip netns del "$ns"
    echo "deleted $ns"
  done
}
trap cleanup EXIT
for i in 1 2 3; do
  ip netns add ns$i
done
ip netns list
ip netns exec ns1 ip link set lo up
ip netns exec ns1 bash -c 'ip -o link | wc -l; echo in $(ip netns identify)'
ip link add veth0 type nonexist
echo not reached
