# The search list against a server that knows two local domains (dnsmasq
# --local: NXDOMAIN for unknown names there, NODATA for a known name's other
# type) and refuses the rest: which names glibc tries, in which order, and
# when it stops (NODATA remembered, NXDOMAIN goes on, REFUSED ends the walk).
ip netns add s; ip netns add c
ip link add vs netns s type veth peer name vc netns c
ip -n s addr add 10.0.0.2/24 dev vs; ip -n c addr add 10.0.0.1/24 dev vc
ip -n s link set vs up; ip -n c link set vc up; ip -n c link set lo up
mkdir -p /etc/netns/c
printf 'hosts: files dns\n' > /etc/netns/c/nsswitch.conf
printf 'nameserver 10.0.0.2\nsearch lab example.org\n' > /etc/netns/c/resolv.conf
ip netns exec s dnsmasq -k -R -h -z -a 10.0.0.2 -C /dev/null --user=root --local=/lab/ --local=/example.org/ --host-record=srv.lab,10.0.0.2 --host-record=web.example.org,10.0.0.2 --host-record=a.b.lab,10.0.0.2 > /dev/null 2>&1 &
sleep 1
ip netns exec c timeout 30 tcpdump -n -t -l -i vc udp port 53 > cap.txt 2> /dev/null &
sleep 1
run() { echo "\$ $*"; ip netns exec c "$@"; echo "rc=$?"; }
run getent hosts srv
run getent ahosts web
run getent ahostsv4 nosuch
run getent ahostsv4 srv.lab.
run getent ahostsv4 a.b
printf 'nameserver 10.0.0.2\nsearch lab example.org\noptions ndots:2\n' > /etc/netns/c/resolv.conf
run getent ahostsv4 a.b
run getent ahostsv4 www.example.org
sleep 1
kill %2; kill %1; wait
awk '{ id = $5; sub(/[^0-9].*/, "", id); fl = $5; sub(/^[0-9]+/, "", fl)
       if (!(id in I)) I[id] = "q" (++ni); $5 = I[id] fl
       if ($4 == "10.0.0.2.53:") q[++nq] = $0; else r[I[id]] = r[I[id]] $0 "\n" }
     END { for (i = 1; i <= nq; i++) print q[i]; print "--- replies"; for (i = 1; i <= ni; i++) printf "%s", r["q" i] }' cap.txt
ip netns del c; ip netns del s
