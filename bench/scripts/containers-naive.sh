# N Docker-style containers, each made by the same naive sequence of `ip`
# commands Docker's bridge driver performs: netns, veth pair, move, rename to
# eth0, address, up, lo up, bridge port, default route.
#   containers-naive.sh N
# A Linux bridge holds at most 1023 ports (BR_MAX_PORTS; the 1024th
# `ip link set … master` fails with "Exchange full"), so containers go 1000 to
# a bridge: br0 holds 1..1000 on 10.0.0.0/16, br1 1001..2000 on 10.1.0.0/16…
n=$1
i=1
while [ $i -le $n ]; do
  b=$(( (i - 1) / 1000 ))
  h=$(( (i - 1) % 1000 + 2 ))
  if [ $h -eq 2 ]; then
    ip link add br$b type bridge
    ip addr add 10.$b.0.1/16 dev br$b
    ip link set br$b up
  fi
  ip netns add c$i
  ip link add vh$i type veth peer name vc$i
  ip link set vc$i netns c$i
  ip -n c$i link set vc$i name eth0
  ip -n c$i addr add 10.$b.$(( h / 256 )).$(( h % 256 ))/16 dev eth0
  ip -n c$i link set eth0 up
  ip -n c$i link set lo up
  ip link set vh$i master br$b
  ip link set vh$i up
  ip -n c$i route add default via 10.$b.0.1
  i=$((i + 1))
done
