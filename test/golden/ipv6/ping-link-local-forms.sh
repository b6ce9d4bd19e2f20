# ping6/ping -6 to a link-local with %dev, without a scope, -I dev, a bad scope; global, unreachable, -4/-6 mismatches, -s over the MTU, ff02::1 with every host answering
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up; ip -n b link set vb up
ip -n a addr add fd00::1/64 dev va; ip -n b addr add fd00::2/64 dev vb
sleep 2.5
lla=$(ip -n b -6 addr show dev vb scope link | awk '/inet6/{print $2}' | cut -d/ -f1)
ip netns exec a ping -c 2 -i 0.2 $lla%va | sed "s/$lla/LLA/g"; echo rc=$?
ip netns exec a ping -c 1 $lla | sed "s/$lla/LLA/g"; echo rc=$?
ip netns exec a ping -c 1 -I va $lla 2>&1 | sed "s/$lla/LLA/g"; echo rc=$?
ip netns exec a ping -6 -c 1 $lla%nosuch 2>&1 | sed "s/$lla/LLA/g"; echo rc=$?
ip netns exec a ping6 -c 2 -i 0.2 fd00::2; echo rc=$?
ip netns exec a ping -6 -c 1 -q fd00::2; echo rc=$?
ip netns exec a ping -6 -c 1 fd00::3 -W 1; echo rc=$?
ip netns exec a ping -6 -c 1 2001:db8::1; echo rc=$?
ip netns exec a ping -4 -c 1 fd00::2; echo rc=$?
ip netns exec a ping -6 -c 1 10.0.0.1; echo rc=$?
ip netns exec a ping -c 1 -s 2000 fd00::2; echo rc=$?
ip netns exec a ping -c 1 -t 1 ff02::1%va | sed "s/fe80::[0-9a-f:]*/LLA/g"; echo rc=$?
ip netns exec a ping -c 2 -i 0.3 ff02::1%va | sed "s/fe80::[0-9a-f:]*/LLA/g" | sort; echo rc=$?
