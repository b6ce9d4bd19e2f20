# A nameserver that drops the questions (no ICMP error): each try waits the
# whole timeout, retries leave from the same socket, a second server is asked
# after the first one's try (waiting timeout << i / count), `rotate` starts
# one further on. Elapsed times rounded to whole seconds; query ids
# renumbered in order of appearance.
ip netns add s; ip netns add c
ip link add vs netns s type veth peer name vc netns c
ip -n s addr add 10.0.0.2/24 dev vs; ip -n s addr add 10.0.0.3/24 dev vs; ip -n c addr add 10.0.0.1/24 dev vc
ip -n s link set vs up; ip -n c link set vc up; ip -n c link set lo up
ip netns exec s iptables -A INPUT -p udp --dport 53 -j DROP
mkdir -p /etc/netns/c
printf 'hosts: files dns\n' > /etc/netns/c/nsswitch.conf
ip netns exec c timeout 40 tcpdump -n -t -l -i vc udp port 53 > cap.txt 2> /dev/null &
sleep 1
run() { echo "\$ $*"; s=$(date +%s%N); ip netns exec c "$@"; rc=$?; e=$(date +%s%N); echo "rc=$rc after $(( (e - s + 500000000) / 1000000000 ))s"; }
printf 'nameserver 10.0.0.2\noptions timeout:1 attempts:2\n' > /etc/netns/c/resolv.conf
run getent ahosts x.example
run getent ahostsv4 x.example
printf 'nameserver 10.0.0.2\nnameserver 10.0.0.3\noptions timeout:2 attempts:1\n' > /etc/netns/c/resolv.conf
run getent ahostsv4 y.example
printf 'nameserver 10.0.0.2\nnameserver 10.0.0.3\noptions timeout:1 attempts:1 rotate\n' > /etc/netns/c/resolv.conf
run getent ahostsv4 z.example
run ping -c1 z.example
sleep 1
kill %1; wait
awk '{ id = $5; sub(/[^0-9].*/, "", id); fl = $5; sub(/^[0-9]+/, "", fl)
       if (!(id in I)) I[id] = "q" (++ni); $5 = I[id] fl; print }' cap.txt
ip netns del c; ip netns del s
