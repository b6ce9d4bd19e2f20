# A nameserver host with nothing on port 53: each question is answered with
# ICMP port unreachable, so glibc moves on at once (EAI_AGAIN after the
# second attempt, on a new socket). The capture
# shows which questions each program asks: A and AAAA together from one
# socket (getaddrinfo AF_UNSPEC, ping), A only (AF_INET: curl -4, nc -4),
# AAAA then A from separate sockets (getent hosts), the search list and
# ndots, and PTR questions for ping's replies. Query ids are renumbered in
# order of appearance (they are random; the masking numbers the ports).
ip netns add s; ip netns add c
ip link add vs netns s type veth peer name vc netns c
ip -n s addr add 10.0.0.2/24 dev vs; ip -n c addr add 10.0.0.1/24 dev vc
ip -n s link set vs up; ip -n c link set vc up; ip -n c link set lo up
# Every question gets its ICMP error (no rate limit): each program gives up at once.
ip netns exec s sysctl -qw net.ipv4.icmp_ratelimit=0
mkdir -p /etc/netns/c
printf '127.0.0.1 localhost\n10.0.0.2 srv.lab srv\n' > /etc/netns/c/hosts
printf 'hosts: files dns\n' > /etc/netns/c/nsswitch.conf
printf 'nameserver 10.0.0.2\n' > /etc/netns/c/resolv.conf
ip netns exec c timeout 60 tcpdump -n -t -l -i vc udp port 53 > cap.txt 2> /dev/null &
sleep 1
run() { echo "\$ $*"; ip netns exec c "$@"; echo "rc=$?"; }
run getent hosts nosuch.example
run getent ahosts nosuch.example
run getent ahostsv4 nosuch.example
run ping -c1 nosuch.example
run ping -4 -c1 nosuch.example
run curl -s http://nosuch.example/
run curl -4 -s http://nosuch.example/
run nc -z nosuch.example 80
run nc -4 -z nosuch.example 80
run ping -c1 -W1 srv
printf 'nameserver 10.0.0.2\nsearch lab example.org\noptions ndots:2\n' > /etc/netns/c/resolv.conf
run getent ahosts one.two
run getent ahosts one
printf 'nameserver 10.0.0.2\noptions single-request\n' > /etc/netns/c/resolv.conf
run getent ahosts nosuch.example
sleep 1
kill %1; wait
awk '{ id = $5; sub(/[^0-9].*/, "", id); fl = $5; sub(/^[0-9]+/, "", fl)
       if (!(id in I)) I[id] = "q" (++ni); $5 = I[id] fl; print }' cap.txt
ip netns del c; ip netns del s
