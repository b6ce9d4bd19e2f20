# Two namespaces routed through the host (no bridge), then a flood of pings
# from one to the other.
#   ping-flood-routed.sh N [RULES [PING-OPTIONS...]]   (default options: -f -q)
# RULES > 0 first loads that many non-matching rules into the host's FORWARD
# chain (iptables-restore; each matches a source no packet has). Routed
# packets walk FORWARD on every kernel; bridged ones only with br_netfilter
# (ping-flood.sh), which nslab does not model yet.
n=$1
rules=${2:-0}
shift 2 2>/dev/null || shift
[ $# -gt 0 ] || set -- -f -q
echo 1 > /proc/sys/net/ipv4/ip_forward
for i in 1 2; do
  ip netns add n$i
  ip link add v$i type veth peer name e$i
  ip link set e$i netns n$i
  ip addr add 10.9.$i.1/24 dev v$i
  ip link set v$i up
  ip -n n$i addr add 10.9.$i.2/24 dev e$i
  ip -n n$i link set e$i up
  ip -n n$i link set lo up
  ip -n n$i route add default via 10.9.$i.1
done
if [ "$rules" -gt 0 ]; then
  {
    echo "*filter"
    echo ":FORWARD ACCEPT [0:0]"
    i=0
    while [ $i -lt "$rules" ]; do
      echo "-A FORWARD -s 192.0.$(( i / 256 % 256 )).$(( i % 256 ))/32 -j DROP"
      i=$((i + 1))
    done
    echo "COMMIT"
  } | iptables-restore
fi
ip netns exec n1 ping -c 1 -W 1 10.9.2.2 >/dev/null
ip netns exec n1 ping "$@" -c "$n" 10.9.2.2 | tail -2
