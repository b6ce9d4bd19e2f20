# tcpdump -c 1 with a filter for the DAD solicitation: it stops by itself.
ip link add veth0 type veth peer name veth1
sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth1 up
timeout 5 tcpdump -i veth1 -n -t -c 1 'ip6[40] == 135' > cap.txt 2> err.txt &
sleep 0.5
ip link set veth0 up
wait
cat cap.txt err.txt
