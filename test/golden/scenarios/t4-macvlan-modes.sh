# macvlan modes: bridge lets siblings talk, private isolates them, vepa sends everything up to the parent's switch
ip netns add lan
ip link add uplink type veth peer name sw netns lan
ip link set uplink up
ip -n lan link set sw up; ip -n lan link set lo up
ip -n lan addr add 192.168.1.1/24 dev sw
try() { # mode
  for i in 1 2; do
    ip netns add m$i
    ip link add mv$i link uplink type macvlan mode $1
    ip link set mv$i netns m$i
    ip -n m$i addr add 192.168.1.1$i/24 dev mv$i
    ip -n m$i link set mv$i up
  done
  ip -n m1 -d link show mv1 | grep -o 'macvlan mode [a-z]*'
  printf '%-8s m1->m2: ' $1; ip netns exec m1 ping -c 1 -W 1 192.168.1.12 >/dev/null 2>&1 && echo ok || echo fail
  printf '%-8s m1->lan: ' $1; ip netns exec m1 ping -c 1 -W 1 192.168.1.1 >/dev/null 2>&1 && echo ok || echo fail
  # delete the links first: ip netns del frees them later, in the kernel's cleanup_net worker
  ip -n m1 link del mv1; ip -n m2 link del mv2
  ip netns del m1; ip netns del m2
}
try bridge
try private
try vepa
echo "--- passthru takes the whole parent"
ip link add pt0 link uplink type macvlan mode passthru
ip link add pt1 link uplink type macvlan mode passthru; echo rc=$?
ip link add pt2 link uplink type macvlan mode bridge; echo rc=$?
ip -d link show pt0 | grep -o 'macvlan mode [a-z]*'
ip link show uplink | grep -o 'PROMISC' | head -1
ip link del pt0
ip link add mv9 link uplink type macvlan mode bogus; echo rc=$?
