# The same containers as containers-naive.sh, made with iproute2 batching:
# one `ip -batch` for the host's side, one `ip -n cN -batch -` per container
# for its side (batch lines take no -n), then one more for the bridge ports.
#   containers-batch.sh N
n=$1
f=$(mktemp)
i=1
while [ $i -le $n ]; do
  b=$(( (i - 1) / 1000 ))
  h=$(( (i - 1) % 1000 + 2 ))
  if [ $h -eq 2 ]; then
    echo "link add br$b type bridge"
    echo "addr add 10.$b.0.1/16 dev br$b"
    echo "link set br$b up"
  fi
  echo "netns add c$i"
  echo "link add vh$i type veth peer name vc$i"
  echo "link set vc$i netns c$i"
  i=$((i + 1))
done >"$f"
ip -batch "$f"
i=1
while [ $i -le $n ]; do
  b=$(( (i - 1) / 1000 ))
  h=$(( (i - 1) % 1000 + 2 ))
  printf '%s\n' "link set vc$i name eth0" "addr add 10.$b.$(( h / 256 )).$(( h % 256 ))/16 dev eth0" \
    "link set eth0 up" "link set lo up" "route add default via 10.$b.0.1" | ip -n c$i -batch -
  i=$((i + 1))
done
i=1
while [ $i -le $n ]; do
  b=$(( (i - 1) / 1000 ))
  echo "link set vh$i master br$b"
  echo "link set vh$i up"
  i=$((i + 1))
done >"$f"
ip -batch "$f"
rm -f "$f"
