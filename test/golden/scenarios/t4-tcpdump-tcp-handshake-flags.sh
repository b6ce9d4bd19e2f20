# tcpdump on the host side of a container's veth during a refused and an accepted TCP connection
ip netns add s
ip link add hv type veth peer name eth0 netns s
ip addr add 10.4.4.1/24 dev hv; ip link set hv up
ip -n s addr add 10.4.4.2/24 dev eth0; ip -n s link set eth0 up; ip -n s link set lo up
sysctl -qw net.ipv6.conf.hv.disable_ipv6=1
ip netns exec s sh -c 'echo served | timeout 4 nc -l -p 8000 >/dev/null' &
sleep 0.3
ping -c 1 10.4.4.2 >/dev/null
timeout 5 tcpdump -l -nn -S -i hv -c 9 tcp 2>/dev/null > /tmp/hs.txt &
sleep 0.4
nc -z -w 1 10.4.4.2 8001; echo "8001 rc=$?"
nc -w 2 10.4.4.2 8000 </dev/null; echo "8000 rc=$?"
wait
sed -E 's/^[0-9:.]+ //; s/(seq|ack) [0-9:]+/\1 N/g; s/win [0-9]+/win W/; s/options \[.*\]/options [..]/; s/\.[0-9]{4,5} >/.EPH >/' /tmp/hs.txt
