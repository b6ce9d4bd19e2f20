# iptables-save / iptables-restore round trip: counters (-c), --test, a broken file, restoring into a namespace
ip netns add fw
ip netns exec fw sh -c '
ip link set lo up
iptables -P INPUT DROP
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ping -c 3 -i 0.2 127.0.0.1 >/dev/null
iptables-save -c > /tmp/fw.rules
'
grep -v '^#' /tmp/fw.rules
ip netns exec fw iptables -F; ip netns exec fw iptables -P INPUT ACCEPT
ip netns exec fw iptables-restore --test < /tmp/fw.rules; echo "test rc=$?"
ip netns exec fw iptables -S INPUT
ip netns exec fw iptables-restore -c < /tmp/fw.rules; echo "restore rc=$?"
ip netns exec fw iptables -L INPUT -v -n -x | awk 'NR>2{print $1, $2, $3}'
sed 's/--icmp-type echo-request/--icmp-type echo-requst/' /tmp/fw.rules > /tmp/fw.bad
ip netns exec fw iptables-restore < /tmp/fw.bad; echo "bad rc=$?"
printf '*filter\n-A INPUT -j ACCEPT\n' | ip netns exec fw iptables-restore; echo "no COMMIT rc=$?"
printf '*nat\n:POSTROUTING ACCEPT [0:0]\n-A POSTROUTING -o eth9 -j MASQUERADE\nCOMMIT\n' | ip netns exec fw iptables-restore -n; echo rc=$?
ip netns exec fw iptables-save | grep -c '^-A'
ip netns exec fw iptables -L INPUT -n | head -2
