# Capturing on "any": both directions on every device, cooked headers.
ip link add veth0 type veth peer name veth1
sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth1 up
timeout 4 tcpdump -i any -n -t -l 'ip6[40] != 135' > cap.txt 2> err.txt &
sleep 0.5
ip link set veth0 up
wait
sort cap.txt | uniq -c
cat err.txt
