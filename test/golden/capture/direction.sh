# -Q in / -Q out on one end of the pair: the peer's traffic comes in, the
# device's own goes out.
ip link add veth0 type veth peer name veth1
sysctl -qw net.ipv6.conf.veth1.router_solicitations=0 net.ipv6.conf.veth0.router_solicitations=0
ip link set veth0 up
timeout 4 tcpdump -i veth0 -n -t -l -Q out 'ip6[40] != 135' > out.txt 2> out.err &
timeout 4 tcpdump -i veth0 -n -t -l -Q in 'ip6[40] != 135' > in.txt 2> in.err &
sleep 0.5
ip link set veth1 up
wait
sort out.txt | uniq -c
sort in.txt | uniq -c
cat out.err in.err
