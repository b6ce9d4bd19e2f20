# bench/scripts/flannel.sh run as `flannel.sh 4 3 6 all -v`: its text is copied verbatim between the
# two marker lines (test/golden/flannel/bench-script.test.ts checks that), then what node2 holds.
set -- 4 3 6 all -v
# --- bench/scripts/flannel.sh ---
# Flannel's VXLAN backend at scale, as flanneld + the flannel CNI leave each node:
#   flannel.sh HOSTS PODS PAIRS [all|build|ping] [-v]
# Nodes are namespaces node1..nodeHOSTS whose eth0 is a veth into br0, a bridge
# in the namespace the script runs in (the underlay; a bridge holds at most
# 1023 ports, so HOSTS <= 1022 fit one). Per node, as in
# test/golden/flannel/vxlan-pods-*.sh: cni0 (the bridge plugin) with PODS pods
# (namespace podN-P, veth vethP into cni0, address, default route via cni0),
# flannel.1 (VNI 1, port 8472, nolearning, the node's /32) and, for every
# other node M, what flanneld programs over netlink in bulk: an onlink route
# to M's pod subnet via M's VTEP address, a permanent neighbour for that
# address with M's VTEP MAC, and a permanent FDB entry sending that MAC to M's
# underlay address. Here through `ip -batch -` / `bridge -batch -` per node.
# Address plan (flannel's Network 10.244.0.0/14, SubnetLen 24): node N has
# pod subnet 10.(244+N/256).(N%256).0/24 (cni0 .1, flannel.1 .0/32, pods .2..),
# underlay address 192.168.(N/256).(N%256)/16, VTEP MAC 0a:00:00:00:HH:LL (N).
# Then PAIRS pod pairs on different nodes, drawn by an LCG (the same on every
# run), are pinged once each (`ping -c 1 -W 1`); the last line counts answers.
# STAGE build or ping runs one half (the bench times them apart); -v prints
# each pair's reply line.
H=$1 P=$2 PAIRS=$3 STAGE=${4:-all} V=$5
if [ -z "$H" ] || [ "$H" -lt 2 ] || [ "$H" -gt 1022 ] || [ "$P" -lt 1 ] || [ "$P" -gt 253 ]; then
  echo "usage: flannel.sh HOSTS(2..1022) PODS(1..253) PAIRS [all|build|ping] [-v]" >&2
  exit 2
fi
sub() { echo "10.$((244 + $1 / 256)).$(($1 % 256))"; }
if [ "$STAGE" != ping ]; then
  # The underlay, and every node's and pod's namespace, from one batch.
  n=1
  {
    echo "link add br0 type bridge"
    echo "link set br0 up"
    while [ $n -le $H ]; do
      echo "netns add node$n"
      p=2
      while [ $p -le $((P + 1)) ]; do echo "netns add pod$n-$p"; p=$((p + 1)); done
      echo "link add eth0 netns node$n type veth peer name u$n"
      echo "link set u$n master br0"
      echo "link set u$n up"
      n=$((n + 1))
    done
  } | ip -batch -
  # What every node programs for a peer M (index M; slices leave out the node itself).
  m=1
  while [ $m -le $H ]; do
    s=$(sub $m)
    printf -v MAC '0a:00:00:00:%02x:%02x' $((m / 256)) $((m % 256))
    R[m]="route add $s.0/24 via $s.0 dev flannel.1 onlink"
    NB[m]="neigh add $s.0 lladdr $MAC dev flannel.1 nud permanent"
    F[m]="fdb replace $MAC dev flannel.1 dst 192.168.$((m / 256)).$((m % 256)) self permanent"
    m=$((m + 1))
  done
  n=1
  while [ $n -le $H ]; do
    s=$(sub $n)
    ip netns exec node$n sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    p=2
    while [ $p -le $((P + 1)) ]; do
      ip netns exec pod$n-$p sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
      p=$((p + 1))
    done
    {
      echo "link set lo up"
      echo "addr add 192.168.$((n / 256)).$((n % 256))/16 dev eth0"
      echo "link set eth0 up"
      echo "link add cni0 type bridge"
      echo "addr add $s.1/24 dev cni0"
      echo "link set cni0 up"
      p=2
      while [ $p -le $((P + 1)) ]; do
        echo "link add veth$p type veth peer name eth0 netns pod$n-$p"
        echo "link set veth$p master cni0"
        echo "link set veth$p up"
        p=$((p + 1))
      done
      printf 'link add flannel.1 address 0a:00:00:00:%02x:%02x type vxlan id 1 dstport 8472 local 192.168.%d.%d dev eth0 nolearning\n' $((n / 256)) $((n % 256)) $((n / 256)) $((n % 256))
      echo "addr add $s.0/32 dev flannel.1"
      echo "link set flannel.1 up"
      printf '%s\n' "${R[@]:1:n-1}" "${R[@]:n+1}" "${NB[@]:1:n-1}" "${NB[@]:n+1}"
    } | ip -n node$n -batch -
    printf '%s\n' "${F[@]:1:n-1}" "${F[@]:n+1}" | bridge -n node$n -batch -
    p=2
    while [ $p -le $((P + 1)) ]; do
      printf '%s\n' "addr add $s.$p/24 dev eth0" "link set eth0 up" "link set lo up" "route add default via $s.1" | ip -n pod$n-$p -batch -
      p=$((p + 1))
    done
    n=$((n + 1))
  done
  echo "built: $H nodes, $((H * P)) pods"
fi
if [ "$STAGE" != build ]; then
  x=12345 k=0 ok=0 nl=$'\n'
  while [ $k -lt "$PAIRS" ]; do
    x=$(( (x * 1103515245 + 12345) % 2147483648 )); a=$(( (x >> 8) % H + 1 ))
    x=$(( (x * 1103515245 + 12345) % 2147483648 )); b=$(( (a + (x >> 8) % (H - 1)) % H + 1 ))
    x=$(( (x * 1103515245 + 12345) % 2147483648 )); ap=$(( (x >> 8) % P + 2 ))
    x=$(( (x * 1103515245 + 12345) % 2147483648 )); bp=$(( (x >> 8) % P + 2 ))
    dst=$(sub $b).$bp
    if out=$(ip netns exec pod$a-$ap ping -c 1 -W 1 $dst 2>&1); then ok=$((ok + 1)); fi
    if [ "$V" = -v ]; then l=${out#*$nl}; echo "pod$a-$ap -> $dst: ${l%%$nl*}"; fi
    k=$((k + 1))
  done
  echo "pinged: $PAIRS pairs, $ok answered"
fi
# --- end ---
echo "[status $?]"
ip -n node2 route
ip -n node2 neigh show dev flannel.1
bridge -n node2 fdb show dev flannel.1
ip -n node2 -d link show flannel.1
ip -n pod3-2 route
ip netns exec node3 ping -c 1 -W 1 10.244.4.0 | sed -n 2p
ip -n node4 neigh show dev eth0 | cut -d" " -f1,2 | sort
bridge fdb show br br0 | grep -c master
