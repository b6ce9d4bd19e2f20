# Rule actions as the sending program sees them, and rules to tables that do not exist.
ip link add d0 type veth peer name p0; ip link set p0 up
ip link set d0 up; ip addr add 10.0.0.1/24 dev d0
ip route add default via 10.0.0.2
ip rule add to 192.0.2.1 unreachable
ip rule add to 192.0.2.2 prohibit
ip rule add to 192.0.2.3 blackhole
ip rule add to 192.0.2.4 lookup 250
ip rule add to 192.0.2.5 lookup 251
ip route add throw 192.0.2.5 table 251
ip route add unreachable 192.0.2.6 table 252
ip route add prohibit 192.0.2.7 table 252
ip route add blackhole 192.0.2.8 table 252
ip rule add to 192.0.2.0/29 lookup 252
for i in 1 2 3 4 5 6 7 8; do
  ping -c 1 -W 1 192.0.2.$i > ping.txt 2>&1; echo "rc=$?"; head -2 ping.txt
  ip route get 192.0.2.$i 2>&1
done
ip rule
