# options single-request: AAAA only after A's reply, from the same socket;
# single-request-reopen: from a new socket. Query ids renumbered.
ip netns add s; ip netns add c
ip link add vs netns s type veth peer name vc netns c
ip -n s addr add 10.0.0.2/24 dev vs; ip -n c addr add 10.0.0.1/24 dev vc
ip -n s link set vs up; ip -n c link set vc up; ip -n c link set lo up
mkdir -p /etc/netns/c
printf 'hosts: files dns\n' > /etc/netns/c/nsswitch.conf
ip netns exec s dnsmasq -k -R -h -z -a 10.0.0.2 -C /dev/null --user=root --host-record=srv.lab,10.0.0.2,2001:db8::2 > /dev/null 2>&1 &
sleep 1
ip netns exec c timeout 30 tcpdump -n -t -l -i vc udp port 53 > cap.txt 2> /dev/null &
sleep 1
run() { echo "\$ $*"; ip netns exec c "$@"; echo "rc=$?"; }
printf 'nameserver 10.0.0.2\noptions single-request\n' > /etc/netns/c/resolv.conf
run getent ahosts srv.lab
printf 'nameserver 10.0.0.2\noptions single-request-reopen\n' > /etc/netns/c/resolv.conf
run getent ahosts srv.lab
printf 'nameserver 10.0.0.2\n' > /etc/netns/c/resolv.conf
run getent ahostsv6 srv.lab
run getent hosts srv.lab
sleep 1
kill %2; kill %1; wait
awk '{ id = $5; sub(/[^0-9].*/, "", id); fl = $5; sub(/^[0-9]+/, "", fl)
       if (!(id in I)) I[id] = "q" (++ni); $5 = I[id] fl; print }' cap.txt
ip netns del c; ip netns del s
