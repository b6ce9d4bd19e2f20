# ping -f (flood): a "." per request sent, "\b \b" per reply (shown here with
# tr as "B B"), the next request as soon as the reply is in; with -q only the
# summary, which for a flood ends in ipg/ewma. Two namespaces through a bridge.
ip link add br0 type bridge
ip link set br0 up
for i in 1 2; do
  ip netns add n$i
  ip link add v$i type veth peer name e$i
  ip link set e$i netns n$i
  ip -n n$i addr add 10.0.0.$i/24 dev e$i
  ip -n n$i link set e$i up
  ip link set v$i master br0
  ip link set v$i up
done
ip netns exec n1 ping -c 1 -W 2 10.0.0.2 >/dev/null; echo "warm rc=$?"
ip netns exec n1 ping -f -c 50 10.0.0.2 | tr '\b' 'B'; echo "rc=$?"
ip netns exec n1 ping -f -q -c 50 10.0.0.2; echo "rc=$?"
ip netns exec n1 ping -f -c 3 -i 0.2 10.0.0.2 | tr '\b' 'B'; echo "rc=$?"
ip netns exec n1 ping -f -c 10 -l 3 10.0.0.2 | tr '\b' 'B'; echo "rc=$?"
ip netns exec n1 ping -fq -c 5 -s 8 10.0.0.2; echo "rc=$?"
ip netns exec n1 ping -f -c 2 -w 2 10.0.0.2 | tr '\b' 'B'; echo "rc=$?"
ip netns exec n1 ping -f -l 0 10.0.0.2; echo "rc=$?"
ip netns exec n1 ping -f -l 70000 10.0.0.2; echo "rc=$?"
ip netns exec n1 ping -c 1 -l 3 -i 1000000 10.0.0.2; echo "rc=$?"
ip netns exec n1 ping -c 1 -i 3000000 10.0.0.2; echo "rc=$?"
