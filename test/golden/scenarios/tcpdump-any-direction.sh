# tcpdump -i any, -Q in/out, port filters with nc traffic
ip netns add s
ip link add v0 type veth peer name v1 netns s
ip addr add 10.40.0.1/24 dev v0; ip link set v0 up
ip -n s addr add 10.40.0.2/24 dev v1; ip -n s link set v1 up
sysctl -qw net.ipv6.conf.v0.disable_ipv6=1
ip netns exec s sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ip netns exec s sh -c 'printf "HTTP/1.0 200 OK\r\n\r\nok\n" | timeout 3 nc -l -p 80 > /dev/null' &
sleep 0.3
tcpdump -i any -n -Q out -c 2 'tcp port 80' 2>&1 | sed -E 's/^[0-9:.]+ //; s/(seq|ack|win|val|ecr) [0-9]+/\1 N/g' &
sleep 0.3
printf 'GET / HTTP/1.0\r\n\r\n' | nc -w 1 10.40.0.2 80
wait
tcpdump -i v0 -n -c 1 -Q in icmp 2>&1 | sed -E 's/^[0-9:.]+ //' &
sleep 0.3
ip netns exec s ping -c 1 10.40.0.1 >/dev/null
wait
