# The counters after a capture window: promiscuity raised while tcpdump runs,
# back to 0 after; packets counted on both ends.
ip link add veth0 type veth peer name veth1
sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth1 up
timeout 4 tcpdump -i veth1 -n -l > /dev/null 2> err.txt &
sleep 0.5
ip -d link show veth1 | grep -o 'promiscuity [0-9]*'
ip link set veth0 up
wait
cat err.txt
ip -d link show veth1 | grep -o 'promiscuity [0-9]*'
ip -s link show veth1
