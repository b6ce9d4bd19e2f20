# iptables -s/-d with host names: /etc/hosts first (no question), then one A
# question (getaddrinfo AF_INET); a rule per address; an unknown name fails.
# (libxtables asks getnetbyname first: "networks: files" keeps that off DNS,
# as in Debian's nsswitch.conf.)
ip netns add s; ip netns add c
ip link add vs netns s type veth peer name vc netns c
ip -n s addr add 10.0.0.2/24 dev vs; ip -n c addr add 10.0.0.1/24 dev vc
ip -n s link set vs up; ip -n c link set vc up; ip -n c link set lo up
mkdir -p /etc/netns/c
printf 'hosts: files dns\nnetworks: files\n' > /etc/netns/c/nsswitch.conf
printf 'nameserver 10.0.0.2\n' > /etc/netns/c/resolv.conf
printf '127.0.0.1 localhost\n10.0.0.7 seven.lab\n' > /etc/netns/c/hosts
ip netns exec s dnsmasq -k -R -h -z -a 10.0.0.2 -C /dev/null --user=root --host-record=srv.lab,10.0.0.2 --host-record=two.lab,10.0.0.3 --host-record=two.lab,10.0.0.4 > /dev/null 2>&1 &
sleep 1
ip netns exec c timeout 30 tcpdump -n -t -l -i vc udp port 53 > cap.txt 2> /dev/null &
sleep 1
run() { echo "\$ $*"; ip netns exec c "$@"; echo "rc=$?"; }
run iptables -A OUTPUT -d srv.lab -j ACCEPT
run iptables -A OUTPUT -s seven.lab -d two.lab -j DROP
run iptables -A INPUT ! -s srv.lab,seven.lab -j ACCEPT
run iptables -A OUTPUT -d nosuch.lab -j ACCEPT
run iptables -S
sleep 1
kill %2; kill %1; wait
awk '{ id = $5; sub(/[^0-9].*/, "", id); fl = $5; sub(/^[0-9]+/, "", fl)
       if (!(id in I)) I[id] = "q" (++ni); $5 = I[id] fl; print }' cap.txt
ip netns del c; ip netns del s
