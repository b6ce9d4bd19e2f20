# conntrack -E sees only entries made while it listens (nf_conntrack_events=2, auto): deleting older
# ones with -D reports nothing; with nf_conntrack_events=1 every entry reports.
ip netns add c; ip link add vc type veth peer name eth0 netns c
ip addr add 10.4.0.1/24 dev vc; ip link set vc up
ip -n c addr add 10.4.0.2/24 dev eth0; ip -n c link set eth0 up
iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT
ip netns exec c ping -c 2 -i 0.2 10.4.0.1 > /dev/null
for p in 1001 1002 1003; do echo x | ip netns exec c nc -u -w 0 -p $p 10.4.0.1 9; done
conntrack -C
conntrack -S | sed 's/cpu=\([0-9]*\).*found=\([0-9]*\).*invalid=\([0-9]*\).*/cpu=\1 found=\2 invalid=\3/'
conntrack -E -e DESTROY > /tmp/ev.txt 2>&1 &
sleep 0.3
conntrack -D -p udp --sport 1002 2>&1 | sed 's/^udp *17 [0-9]* /udp 17 T /'; echo d=$?
conntrack -D -p udp --sport 4444 2>&1; echo d2=$?
conntrack -D -s 10.4.0.2 -p icmp 2>&1 | sed 's/^icmp *1 [0-9]* /icmp 1 T /;s/id=[0-9]*/id=I/g'; echo d3=$?
sleep 0.3
kill %1; wait
sed 's/^ *\[DESTROY\] */[DESTROY] /;s/id=[0-9]*/id=I/g' /tmp/ev.txt
conntrack -C
conntrack -L -o extended 2>&1 | sed 's/udp *17 [0-9]* /udp 17 T /' | sort
conntrack -F; conntrack -C
cat /proc/sys/net/netfilter/nf_conntrack_count
sysctl -w net.netfilter.nf_conntrack_events=1
for p in 2001 2002; do echo x | ip netns exec c nc -u -w 0 -p $p 10.4.0.1 9; done
conntrack -E -e DESTROY,NEW > /tmp/ev2.txt 2>&1 &
sleep 0.3
echo x | ip netns exec c nc -u -w 0 -p 2003 10.4.0.1 9
conntrack -D -p udp --sport 2001 > /dev/null 2>&1; echo d4=$?
sleep 0.3
kill %1; wait
sed 's/^ *\[\([A-Z]*\)\] */[\1] /;s/udp *17 [0-9]* /udp 17 T /;s/ \[USERSPACE\].*//' /tmp/ev2.txt
sysctl -w net.netfilter.nf_conntrack_events=0
conntrack -E > /tmp/ev3.txt 2>&1 &
sleep 0.3
echo x | ip netns exec c nc -u -w 0 -p 2004 10.4.0.1 9
conntrack -D -p udp --sport 2002 > /dev/null 2>&1; echo d5=$?
sleep 0.3
kill %1; wait
# The deleting process is named by its netlink portid, random: cut.
sed 's/ \[USERSPACE\].*//;s/udp *17 [0-9]* /udp 17 T /' /tmp/ev3.txt
