# tcpdump -C/-W: savefile rotation by size, ring of files, names, and bad arguments
for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
cd /tmp
cap() { timeout 30 ip netns exec a tcpdump -i va -n -c 820 "$@" icmp 2>&1 & sleep 0.5; ip netns exec a ping -c 10 -i 0.2 -s 60000 10.0.0.2 >/dev/null; wait; ls -l /tmp | grep -E ' (c|r|one)\.pcap' | awk '{print $5, $9}'; for f in $(ls /tmp | grep -E '^(c|r|one)\.pcap'); do echo "-- $f"; tcpdump -r $f -n -t -q 2>&1 | sed -E 's/id [0-9]+/id N/' | sort | uniq -c; done; rm -f c.pcap* r.pcap* one.pcap*; }
cap -w c.pcap -C 1 -W 2
cap -w c.pcap -C 1
cap -w r.pcap -C 1 -W 12
cap -w one.pcap -C 1 -W 1
for a in 0 -1 x 1x 1kb 1m; do ip netns exec a tcpdump -i va -w x.pcap -C "$a" -c 1 2>&1; echo "rc=$?"; done
for a in 0 abc -3; do ip netns exec a tcpdump -i va -w x.pcap -C 1 -W "$a" -c 1 2>&1; echo "rc=$?"; done
ls /tmp | grep -c pcap
