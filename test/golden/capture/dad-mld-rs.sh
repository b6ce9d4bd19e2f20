# What a veth sends when it comes up, seen from its peer (whose own IPv6 is
# off): MLD reports for its solicited-node group (twice from ::, twice from
# its link-local address once DAD is over), one DAD solicitation, one router
# solicitation within the window. Timing is random, so lines are counted.
ip link add veth0 type veth peer name veth1
sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth1 up
timeout 4 tcpdump -i veth1 -n -t -l > cap.txt 2> err.txt &
sleep 0.5
ip link set veth0 up
wait
sort cap.txt | uniq -c
cat err.txt
