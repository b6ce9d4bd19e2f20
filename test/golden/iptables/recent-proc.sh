# Port knocking with -m recent, and /proc/net/xt_recent/NAME: listed after knocks, written with
# "+ADDR", "-ADDR" and "/", bad writes refused.
ip netns add cl; ip link add vc type veth peer name eth0 netns cl
ip addr add 10.8.0.1/24 dev vc; ip link set vc up
ip -n cl addr add 10.8.0.2/24 dev eth0; ip -n cl link set eth0 up
iptables -N KNOCK2
iptables -N PASSED
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p tcp --dport 1111 -m recent --name K1 --set -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp --dport 2222 -m recent --name K1 --rcheck --seconds 10 -j KNOCK2
iptables -A INPUT -p tcp --dport 22 -m recent --name K2 --rcheck --seconds 10 -j PASSED
iptables -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
iptables -A KNOCK2 -m recent --name K1 --remove
iptables -A KNOCK2 -m recent --name K2 --set -j REJECT --reject-with tcp-reset
iptables -A PASSED -m recent --name K2 --remove -j ACCEPT
ls /proc/net/xt_recent | sort
M='s/last_seen: [0-9]*/last_seen: T/;s/oldest_pkt: \([0-9]*\) [0-9, ]*/oldest_pkt: \1 STAMPS/'
nc -k -l 22 > /tmp/ssh.txt &
sleep 0.3
echo early | ip netns exec cl nc -N -w 1 10.8.0.1 22; echo early=$?
ip netns exec cl nc -z -w 1 10.8.0.1 1111; echo k1=$?
sed "$M" /proc/net/xt_recent/K1
ip netns exec cl nc -z -w 1 10.8.0.1 2222; echo k2=$?
wc -l < /proc/net/xt_recent/K1
sed "$M" /proc/net/xt_recent/K2
echo opened | ip netns exec cl nc -N -w 1 10.8.0.1 22; echo ssh=$?
echo again | ip netns exec cl nc -N -w 1 10.8.0.1 22; echo again=$?
sleep 0.2
cat /tmp/ssh.txt
echo +10.8.0.2 > /proc/net/xt_recent/K2; echo add=$?
echo +192.0.2.7 > /proc/net/xt_recent/K2; echo add2=$?
echo +192.0.2.7 > /proc/net/xt_recent/K2; echo again2=$?
sed "$M" /proc/net/xt_recent/K2 | sort
echo via-proc | ip netns exec cl nc -N -w 1 10.8.0.1 22; echo ssh=$?
echo -192.0.2.7 > /proc/net/xt_recent/K2; echo del=$?
echo -192.0.2.99 > /proc/net/xt_recent/K2; echo delmissing=$?
sed "$M" /proc/net/xt_recent/K2
echo +10.1.1.1 > /proc/net/xt_recent/K1; echo / > /proc/net/xt_recent/K1; echo flush=$?
wc -l < /proc/net/xt_recent/K1
echo bogus > /proc/net/xt_recent/K1; echo bogus=$?
echo +300.1.1.1 > /proc/net/xt_recent/K1; echo badaddr=$?
cat /proc/net/xt_recent/NOPE; echo nope=$?
ls -l /proc/net/xt_recent/K1 | cut -d' ' -f1
iptables -L INPUT -n -v -x
kill %1; wait
