# macvlan between namespaces: bridge, private, vepa, passthru, host can't reach its macvlans
ip netns add host; ip -n host link set lo up
ip netns add sw; ip -n sw link set lo up
ip link add eth0 netns host type veth peer name p0 netns sw
ip -n host link set eth0 up; ip -n sw link set p0 up
ip -n host addr add 192.168.7.1/24 dev eth0
ip netns exec sw tcpdump -nn -e -i p0 -c 4 icmp > /tmp/sw 2>/dev/null &
for m in bridge private vepa; do
  for i in 1 2; do
    ip netns add $m$i; ip -n $m$i link set lo up
    ip -n host link add link eth0 name $m$i type macvlan mode $m
    ip -n host link set $m$i netns $m$i
    ip -n $m$i addr add 192.168.7.$((i+10))/24 dev $m$i
    ip -n $m$i link set $m$i up
  done
  echo "--- $m"
  ip netns exec ${m}1 ping -c 1 -W 1 192.168.7.12 | grep -v rtt
  ip netns exec ${m}1 ping -c 1 -W 1 192.168.7.1 | grep -v rtt
  for i in 1 2; do ip -n $m$i link del $m$i; ip netns del $m$i; done
done
sleep 0.5
kill %1 2>/dev/null; wait
sed 's/^[0-9:.]* //' /tmp/sw | sed 's/[0-9a-f:]\{17\}/M/g'
ip -n host link add link eth0 name mp type macvlan mode passthru
ip -n host link add link eth0 name mp2 type macvlan mode passthru; echo "exit $?"
ip -n host -d link show mp | sed -n '1p;3p'
ip -n host link add link eth0 name mb type macvlan; echo "exit $?"
ip -n host link del mp
ip -n host link add link eth0 name mb type macvlan mode bridge bcqueuelen 100
ip -n host -d link show mb | sed -n 3p
ip -n host link set mb type macvlan mode vepa
ip -n host -d link show mb | sed -n 3p
