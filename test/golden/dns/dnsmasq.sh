# A live nameserver: dnsmasq in its own namespace answering from
# --host-record and --address (no upstream: everything else is REFUSED).
# The capture shows glibc's questions and dnsmasq's answers as tcpdump
# decodes them; ping names each reply's source with a PTR question. Query
# ids are renumbered in order of appearance (they are random).
ip netns add s; ip netns add c
ip link add vs netns s type veth peer name vc netns c
ip -n s addr add 10.0.0.2/24 dev vs; ip -n c addr add 10.0.0.1/24 dev vc
ip -n s addr add 10.0.0.5/24 dev vs
ip -n s link set vs up; ip -n c link set vc up; ip -n c link set lo up
mkdir -p /etc/netns/c
printf 'hosts: files dns\n' > /etc/netns/c/nsswitch.conf
printf 'nameserver 10.0.0.2\n' > /etc/netns/c/resolv.conf
echo '$ dnsmasq --foo'; dnsmasq --foo; echo "rc=$?"
echo '$ dnsmasq --host-record=bad'; dnsmasq -k --host-record=bad -C /dev/null; echo "rc=$?"
echo '$ dnsmasq --address=/x/bad'; dnsmasq -k --address=/x/bad -C /dev/null; echo "rc=$?"
echo '$ dnsmasq -a 10.9.9.9'; ip netns exec s dnsmasq -k -R -h -z -a 10.9.9.9 -C /dev/null --user=root; echo "rc=$?"
ip netns exec s dnsmasq -d -R -h -z -a 10.0.0.2 -C /dev/null --user=root --host-record=srv.lab,srv,10.0.0.2 --host-record=six.lab,10.0.0.5,2001:db8::5 --address=/example.com/203.0.113.10 > dnsmasq.log 2>&1 &
sleep 1
ip netns exec c timeout 30 tcpdump -n -t -l -i vc udp port 53 > cap.txt 2> /dev/null &
sleep 1
run() { echo "\$ $*"; ip netns exec c "$@"; echo "rc=$?"; }
run getent hosts srv.lab
run getent hosts six.lab
run getent ahosts www.example.com
run getent hosts nosuch.lab
run getent hosts 10.0.0.2
run getent hosts 10.0.0.9
run ping -c1 srv.lab
run ping -c2 -i0.2 six.lab
run ping -n -c1 srv.lab
run ping -c1 -W1 srv
sleep 1
kill %2; kill %1; wait
cat dnsmasq.log
# The questions in order; the replies by question (the two replies of a pair
# may cross the next question on the wire).
awk '{ id = $5; sub(/[^0-9].*/, "", id); fl = $5; sub(/^[0-9]+/, "", fl)
       if (!(id in I)) I[id] = "q" (++ni); $5 = I[id] fl
       if ($4 == "10.0.0.2.53:") q[++nq] = $0; else r[I[id]] = r[I[id]] $0 "\n" }
     END { for (i = 1; i <= nq; i++) print q[i]; print "--- replies"; for (i = 1; i <= ni; i++) printf "%s", r["q" i] }' cap.txt
ip netns del c; ip netns del s
