# What each tool asks the nameserver (dnsmasq with one host record) and how
# it prints the answer: nc and curl (A and AAAA together; -4: A only),
# traceroute (A and AAAA, then a PTR question per hop), ping -q (PTR even
# when replies are not printed). Captured with -v; query ids renumbered.
ip netns add s; ip netns add c
ip link add vs netns s type veth peer name vc netns c
ip -n s addr add 10.0.0.2/24 dev vs; ip -n c addr add 10.0.0.1/24 dev vc
ip -n s link set vs up; ip -n c link set vc up; ip -n c link set lo up
mkdir -p /etc/netns/c
printf 'hosts: files dns\n' > /etc/netns/c/nsswitch.conf
printf 'nameserver 10.0.0.2\n' > /etc/netns/c/resolv.conf
ip netns exec s dnsmasq -k -R -h -z -a 10.0.0.2 -C /dev/null --user=root --host-record=srv.lab,10.0.0.2 > /dev/null 2>&1 &
ip netns exec s nc -l -k 10.0.0.2 80 < /dev/null > /dev/null 2>&1 &
sleep 1
ip netns exec c timeout 30 tcpdump -v -n -t -l -i vc udp port 53 > cap.txt 2> /dev/null &
sleep 1
run() { echo "\$ $*"; ip netns exec c "$@"; echo "rc=$?"; }
run nc -z srv.lab 80
run nc -4 -z srv.lab 80
run nc -z nosuch.lab 80
run curl -4 -s http://nosuch.lab/
run traceroute -m1 -q1 srv.lab
run traceroute -n -m1 -q1 srv.lab
run ping -q -c1 srv.lab
sleep 1
kill %3; kill %2; kill %1; wait
awk '/^IP/ { hdr = $0; next }
     { id = $4; sub(/[^0-9].*/, "", id); fl = $4; sub(/^[0-9]+/, "", fl)
       if (!(id in I)) I[id] = "q" (++ni); $4 = I[id] fl
       if ($3 == "10.0.0.2.53:") q[++nq] = $0; else r[I[id]] = r[I[id]] $0 "\n" }
     END { for (i = 1; i <= nq; i++) print q[i]; print "--- replies"; for (i = 1; i <= ni; i++) printf "%s", r["q" i] }' cap.txt
ip netns del c; ip netns del s
