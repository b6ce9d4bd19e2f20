# Two namespaces on one bridge, then a flood of pings from one to the other.
#   ping-flood.sh N [RULES [PING-OPTIONS...]]   (default options: -f -q)
# RULES > 0 first loads that many non-matching rules into the host's FORWARD
# chain (iptables-restore; each matches a source no packet has). Bridged
# frames walk FORWARD because br_netfilter is loaded (bridge-nf-call-iptables=1).
n=$1
rules=${2:-0}
shift 2 2>/dev/null || shift
[ $# -gt 0 ] || set -- -f -q
ip link add br0 type bridge
ip link set br0 up
for i in 1 2; do
  ip netns add n$i
  ip link add v$i type veth peer name e$i
  ip link set e$i netns n$i
  ip -n n$i addr add 10.9.0.$i/24 dev e$i
  ip -n n$i link set e$i up
  ip -n n$i link set lo up
  ip link set v$i master br0
  ip link set v$i up
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
ip netns exec n1 ping -c 1 -W 1 10.9.0.2 >/dev/null
ip netns exec n1 ping "$@" -c "$n" 10.9.0.2 | tail -2
