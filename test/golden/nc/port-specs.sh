# nc port specs: service names with dashes, ranges split at the first dash (digits first), strtonum's sign and white space, too small/too large/invalid
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
for p in http-alt 1-2-3 0-2 80- 3-0 2-abc abc-2 99999-1 1-99999 x11 ftp-data 0 00 +80 ' 80'; do
  echo "== $p"; ip netns exec a nc -zv 10.0.0.2 "$p" 2>&1; echo rc=$?
done
ip netns exec a nc -zv 10.0.0.2 80 81 82; echo rc=$?
ip netns exec a nc -zuv 10.0.0.2 domain-s; echo rc=$?
ip netns exec a nc -zv 10.0.0.2 -- -5; echo rc=$?
