# The same bring-up traffic with -v, MLD reports and solicitations only
# (the DAD solicitation carries a random nonce).
ip link add veth0 type veth peer name veth1
sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth1 up
timeout 4 tcpdump -i veth1 -n -t -v -l 'ip6[40] != 135' > cap.txt 2> err.txt &
sleep 0.5
ip link set veth0 up
wait
sort cap.txt | uniq -c
cat err.txt
