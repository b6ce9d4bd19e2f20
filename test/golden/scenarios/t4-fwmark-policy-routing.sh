# Mark-based policy routing: iptables mangle marks port 443 traffic, ip rule fwmark sends it via a second gateway
ip netns add gw1; ip netns add gw2; ip netns add srv
ip link add e1 type veth peer name eth0 netns gw1
ip link add e2 type veth peer name eth0 netns gw2
ip addr add 10.0.1.2/24 dev e1; ip addr add 10.0.2.2/24 dev e2
ip link set e1 up; ip link set e2 up
for g in 1 2; do
  ip -n gw$g addr add 10.0.$g.1/24 dev eth0; ip -n gw$g link set eth0 up; ip -n gw$g link set lo up
  ip -n gw$g addr add 203.0.113.10/32 dev lo
done
ip route add default via 10.0.1.1
ip route add default via 10.0.2.1 table 200
ip rule add fwmark 0x2 lookup 200 pref 100
iptables -t mangle -A OUTPUT -p tcp --dport 443 -j MARK --set-mark 2
iptables -t nat -A POSTROUTING -o e2 -j MASQUERADE
ip rule
ip route get 203.0.113.10 mark 2 | head -1
ip route get 203.0.113.10 | head -1
for g in 1 2; do ip netns exec gw$g sh -c "timeout 4 nc -lk -p 443 > /tmp/fw443.$g" & ip netns exec gw$g sh -c "timeout 4 nc -lk -p 80 > /tmp/fw80.$g" & done
sleep 0.5
echo via-443 | nc -q 0 -w 1 203.0.113.10 443
echo via-80 | nc -q 0 -w 1 203.0.113.10 80
sleep 0.3
wait
for f in /tmp/fw443.1 /tmp/fw443.2 /tmp/fw80.1 /tmp/fw80.2; do printf '%s: %s\n' ${f#/tmp/} "$(cat $f)"; done
iptables -t mangle -L OUTPUT -v -n | awk 'NR>2{print $1,$3,$NF}'
