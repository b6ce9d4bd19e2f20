# ip route save / showdump / restore: the binary dump (magic 0x45311224, then the
# kernel's RTM_NEWROUTE messages; seq and portid left out as they vary), the
# three restore passes, EEXIST not stopping a restore, and the file errors.
msgs() {
  local b=($(od -An -tu1 -v "$1")) i=4 n
  echo "magic ${b[*]:0:4}"
  while [ $i -lt ${#b[@]} ]; do
    n=$(( b[i] + b[i+1]*256 ))
    [ $n -ge 16 ] || break
    echo "len=$n type=$(( b[i+4] + b[i+5]*256 )) flags=$(( b[i+6] + b[i+7]*256 )): ${b[*]:i+16:n-16}"
    i=$((i+n))
  done
}
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip route add 10.9.0.0/16 via 10.0.0.2 metric 5
ip route add 10.9.0.0/16 via 10.0.0.2 mtu 1400 initcwnd 4 table 9
ip route add blackhole 10.7.0.0/16 table 9 proto static
ip route add 10.8.0.0/16 table 9 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.0.3
ip route add 10.6.0.0/16 dev v0 src 10.0.0.1 table 9 realm 5
ip route save > /tmp/rs; echo "rc=$?"
msgs /tmp/rs
ip route save table 9 > /tmp/r9; echo "rc=$?"
msgs /tmp/r9
ip route showdump < /tmp/r9; echo "rc=$?"
ip route flush table 9
ip route flush dev v0
ip route
ip route restore < /tmp/rs; echo "rc=$?"
ip route
ip route restore < /tmp/r9; echo "rc=$?"
ip route show table 9
ip route restore < /tmp/rs; echo "rc=$?"
ip route save table 9 dev v0 | wc -c
cat /tmp/rs | ip route restore; echo "rc=$?"
echo garbage | ip route restore; echo "rc=$?"
echo garbage | ip route showdump; echo "rc=$?"
: | ip route restore; echo "rc=$?"
head -c 2 /tmp/rs | ip route showdump; echo "rc=$?"
head -c 30 /tmp/rs | ip route showdump; echo "rc=$?"
ip route save foo bar | od -An -tx1; echo "rc=${PIPESTATUS[0]}"
ip route save table 9 > /tmp/r9; ip rule save > /tmp/ru
ip route showdump < /tmp/ru; echo "rc=$?"
ip route sa table 9 | wc -c
