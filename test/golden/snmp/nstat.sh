# nstat's history file: -n only writes it, -s only reads it, patterns keep the
# hidden counters' old values in it, another namespace's counters against it
# (a smaller value is an overflow), -r, $NSTAT_HISTORY, JSON.
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
export NSTAT_HISTORY=/tmp/hist
ip netns exec a nstat -n; echo "rc=$?"; cat /tmp/hist
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
ip netns exec a nstat -s 'Ip*'
ip netns exec a nstat 'Icmp*'
cat /tmp/hist
ip netns exec a ping -c 2 -i 0.2 10.0.0.2 >/dev/null
ip netns exec b nstat -z 'IcmpIn*' 'IcmpOut*'
ip netns exec a nstat -a -j 'IcmpOutEcho*' 'IpExtInOctets'
ip netns exec a nstat -a -j -p 'IcmpOutEcho*' 'IpExtInOctets'
ip netns exec a nstat -r -n; cat /tmp/hist
unset NSTAT_HISTORY
ip netns exec a nstat -z 'ipinr*'; ls -l /tmp/.nstat.u0 | cut -d' ' -f1,5
echo junk > /tmp/hist; NSTAT_HISTORY=/tmp/hist nstat; echo "rc=$?"
nstat -t x; echo "rc=$?"
