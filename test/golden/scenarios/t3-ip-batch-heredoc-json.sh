# Building a topology with ip -batch from a here-doc, then checking it with ip -j and grep/awk
set -euo pipefail
ip netns add left
ip netns add right
ip -batch - <<'EOF2'
link add br-lab type bridge
link set br-lab up
link add vl type veth peer name eth0 netns left
link add vr type veth peer name eth0 netns right
link set vl master br-lab
link set vr master br-lab
link set vl up
link set vr up
addr add 10.50.0.254/24 dev br-lab
EOF2
ip -n left -batch - <<'EOF2'
addr add 10.50.0.1/24 dev eth0
link set eth0 up
link set lo up
route add default via 10.50.0.254
EOF2
ip -n right -batch - <<EOF2
addr add 10.50.0.2/24 dev eth0
link set eth0 up
route add default via 10.50.0.254
EOF2
ip -j link show master br-lab | grep -o '"ifname":"[^"]*"' | cut -d'"' -f4
ip -j -n left addr show dev eth0 | grep -o '"local":"[0-9.]*"'
ip -n left -j route | tr ',' '\n' | grep -c dst
ip netns exec left ping -c1 10.50.0.2 | grep -o 'ttl=[0-9]*'
echo "bad line test:"
printf 'link set nosuch up\nlink show lo\n' | ip -batch - ; echo "rc=$?"
printf 'link set nosuch up\nlink show lo\n' | ip -force -batch - | sed 's/^[0-9]*: //' | head -1; echo "rc=${PIPESTATUS[1]}"
