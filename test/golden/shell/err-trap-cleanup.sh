# trap, cleanup on error, functions returning status, ERR trap
set -E
trap 'echo "ERR at line $LINENO: rc=$?"' ERR
on_exit() {
  local rc=$?
  echo "exit handler rc=$rc"
  ip netns list | cut -d' ' -f1 | xargs -r -n1 ip netns del
  ip netns list | wc -l
}
trap on_exit EXIT
ip netns add c1
ip netns add c2
ip -n c1 link set lo up
check() { ip -n "$1" link show "$2" >/dev/null 2>&1; }
check c1 lo && echo "c1 lo ok"
check c1 eth9 || echo "c1 eth9 missing"
ip -n c1 addr add 1.2.3.4/40 dev lo
false
set -e
ip -n c2 link set nosuch up
echo never
