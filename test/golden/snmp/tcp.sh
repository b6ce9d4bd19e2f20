# A TCP connection with nc (data one way, the client closes first), one
# refused, one to a port answered by nobody; Tcp and TcpExt on each side.
# TcpExt's TCPRcvCoalesce is left out: whether the reader ran before the
# FIN arrived is a race on the kernel.
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -l 8080 >/dev/null & sleep 0.3
echo hello | ip netns exec a nc -N 10.0.0.2 8080; echo "rc=$?"
wait
ip netns exec a nc -w 1 10.0.0.2 8081; echo "rc=$?"
ip netns exec a sysctl -qw net.ipv4.tcp_syn_retries=1
ip netns exec a nc -w 5 10.0.0.7 8081; echo "rc=$?"
for n in a b; do
  ip netns exec $n grep Tcp: /proc/net/snmp
  ip netns exec $n nstat -az 'Tcp*' | grep -v -e Coalesce -e '  0  '
  ip netns exec $n netstat -s -t | grep -v -i coalesc
  rm -f /tmp/.nstat.u0
done
